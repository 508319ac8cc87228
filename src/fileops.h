/*
 * fileops.h: the file operations the Lua layers need and plain Lua cannot
 * do: stat with type, mode and owner; following a symlink to its target;
 * a write that replaces a regular file atomically (keeping its mode and
 * owner, synced to disk) and writes devices, FIFOs and descriptors
 * directly; and a lock the kernel releases when its holder dies.
 *
 * Plain C (POSIX and flock), no Lua. Every function is reentrant; errors
 * come back as an errno value and the step that failed.
 */
#ifndef DSC_FILEOPS_H
#define DSC_FILEOPS_H

#include <stddef.h>

typedef enum {
    DSC_FT_MISSING, DSC_FT_FILE, DSC_FT_DIR, DSC_FT_LINK, DSC_FT_CHAR,
    DSC_FT_BLOCK, DSC_FT_FIFO, DSC_FT_SOCKET, DSC_FT_OTHER
} dsc_ftype;

typedef struct {
    dsc_ftype type;
    unsigned mode;                /* permission bits, 07777 */
    unsigned long uid, gid;
    long long size;
    unsigned long long dev, ino;
} dsc_finfo;

/* What failed: an errno value and the step, in words ("write", ...). */
typedef struct {
    int err;
    const char *step;
} dsc_ferr;

const char *dsc_ftype_name(dsc_ftype t);      /* "file", "directory", ... */
const char *dsc_errno_name(int err);          /* "ENOENT", ...; "EIO" if unknown */

/* Stats path (following symlinks when follow). 0, or an errno value. */
int dsc_file_info(const char *path, int follow, dsc_finfo *out);

/* The file a path names after following symlinks in its last component
 * (the target need not exist: a dangling link gives where it points).
 * malloc'd, or NULL with *err set (ELOOP after 40 links). */
char *dsc_file_target(const char *path, int *err);

typedef enum { DSC_WROTE_REPLACED, DSC_WROTE_CREATED, DSC_WROTE_DIRECT } dsc_wrote;

/* Writes len bytes of data to path. A regular file (or a new one) is
 * replaced through a temporary file in its folder: written, given the old
 * file's mode and owner, fsync'd, renamed over the target, and the folder
 * fsync'd; readers see the old or the new bytes, never half. A symlink is
 * written through to its target. Devices, FIFOs and descriptor paths
 * (/dev/stdout, /dev/fd/N, /proc/PID/fd/N) are opened and written
 * directly. Temporary files of this target left by a process that no
 * longer runs are removed. 0 (and *how), or -1 with *e set. */
int dsc_file_write(const char *path, const char *data, size_t len, dsc_wrote *how, dsc_ferr *e);

/* Takes the lock file lockpath (created if missing) with flock: the kernel
 * releases it when the holder dies, so a crash never leaves a stale lock.
 * Waits up to wait_ms while another process holds it (0: try once). 0 and
 * *fd, or -1 with *e set (e->err EWOULDBLOCK: held by another process). */
int dsc_file_lock(const char *lockpath, unsigned wait_ms, int *fd, dsc_ferr *e);

/* Releases a lock taken with dsc_file_lock: the file is removed, then closed. */
void dsc_file_unlock(int fd, const char *lockpath);

/* The process id a holder wrote into lockpath, or 0 when unknown. */
long dsc_file_lock_holder(const char *lockpath);

#endif
