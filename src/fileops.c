/*
 * fileops.c: file operations for the ledger and export writers (see
 * fileops.h): stat, symlink targets, safe writes and a kernel-released lock.
 *
 * Why not os.rename from Lua: a rename replaces whatever is at the target,
 * so it turned /dev/null into a regular file, a symlinked ledger into a
 * copy, and a private (0600) ledger into a 0644 one owned by the writer.
 * Why flock and not a lock folder: a folder outlives a writer killed
 * mid-save, and breaking a "stale" one after a timeout let two writers in.
 */
#define _DEFAULT_SOURCE 1   /* flock() and gethostname() beside POSIX */
#include "fileops.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_LINKS 40

/* ===================================================================== */
/* Names                                                                  */
/* ===================================================================== */

const char *dsc_ftype_name(dsc_ftype t) {
    static const char *const names[] = {
        "missing", "file", "directory", "link", "character device",
        "block device", "fifo", "socket", "other"
    };
    return (unsigned)t <= DSC_FT_OTHER ? names[t] : "other";
}

const char *dsc_errno_name(int err) {
    switch (err) {
    case ENOENT: return "ENOENT";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case EROFS: return "EROFS";
    case EEXIST: return "EEXIST";
    case ELOOP: return "ELOOP";
    case ENOSPC: return "ENOSPC";
    case EDQUOT: return "EDQUOT";
    case EPIPE: return "EPIPE";
    case ENXIO: return "ENXIO";
    case EBUSY: return "EBUSY";
    case EINVAL: return "EINVAL";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case EWOULDBLOCK: return "EWOULDBLOCK";
    case ENOMEM: return "ENOMEM";
    default: return "EIO";
    }
}

static int fail(dsc_ferr *e, int err, const char *step) {
    if (e) { e->err = err ? err : EIO; e->step = step; }
    return -1;
}

/* ===================================================================== */
/* Stat                                                                   */
/* ===================================================================== */

static dsc_ftype type_of(mode_t m) {
    if (S_ISREG(m)) return DSC_FT_FILE;
    if (S_ISDIR(m)) return DSC_FT_DIR;
    if (S_ISLNK(m)) return DSC_FT_LINK;
    if (S_ISCHR(m)) return DSC_FT_CHAR;
    if (S_ISBLK(m)) return DSC_FT_BLOCK;
    if (S_ISFIFO(m)) return DSC_FT_FIFO;
    if (S_ISSOCK(m)) return DSC_FT_SOCKET;
    return DSC_FT_OTHER;
}

int dsc_file_info(const char *path, int follow, dsc_finfo *out) {
    struct stat st;
    if ((follow ? stat(path, &st) : lstat(path, &st)) != 0) return errno ? errno : EIO;
    out->type = type_of(st.st_mode);
    out->mode = (unsigned)(st.st_mode & 07777);
    out->uid = (unsigned long)st.st_uid;
    out->gid = (unsigned long)st.st_gid;
    out->size = (long long)st.st_size;
    out->dev = (unsigned long long)st.st_dev;
    out->ino = (unsigned long long)st.st_ino;
    return 0;
}

/* ===================================================================== */
/* Symlink targets                                                        */
/* ===================================================================== */

/* The text of the symlink at path, malloc'd (st_size is 0 for the links
 * under /proc, so the buffer grows until the text fits). */
static char *read_link(const char *path, int *err) {
    size_t cap = 256;
    for (;;) {
        char *buf = malloc(cap);
        ssize_t n;
        if (!buf) { *err = ENOMEM; return NULL; }
        n = readlink(path, buf, cap);
        if (n < 0) { *err = errno; free(buf); return NULL; }
        if ((size_t)n < cap) { buf[n] = '\0'; return buf; }
        free(buf);
        if (cap > 65536) { *err = ENAMETOOLONG; return NULL; }
        cap *= 2;
    }
}

/* dir part of path joined with rel (a relative link resolves against the
 * folder of the link, not the working directory). */
static char *join_dir(const char *path, const char *rel) {
    const char *slash = strrchr(path, '/');
    size_t dn = slash ? (size_t)(slash - path) + 1 : 0, rn = strlen(rel);
    char *out = malloc(dn + rn + 1);
    if (!out) return NULL;
    memcpy(out, path, dn);
    memcpy(out + dn, rel, rn + 1);
    return out;
}

char *dsc_file_target(const char *path, int *err) {
    char *cur = malloc(strlen(path) + 1);
    int hops;
    if (!cur) { *err = ENOMEM; return NULL; }
    strcpy(cur, path);
    for (hops = 0; hops <= MAX_LINKS; hops++) {
        struct stat st;
        char *link, *next;
        if (lstat(cur, &st) != 0) {
            if (errno == ENOENT) return cur;     /* a new file, or a dangling link's target */
            *err = errno;
            free(cur);
            return NULL;
        }
        if (!S_ISLNK(st.st_mode)) return cur;
        link = read_link(cur, err);
        if (!link) { free(cur); return NULL; }
        next = link[0] == '/' ? link : join_dir(cur, link);
        if (next != link) free(link);
        free(cur);
        if (!next) { *err = ENOMEM; return NULL; }
        cur = next;
    }
    free(cur);
    *err = ELOOP;
    return NULL;
}

/* ===================================================================== */
/* Direct writes: devices, FIFOs, descriptors                             */
/* ===================================================================== */

static int all_digits(const char *s) {
    if (!*s) return 0;
    for (; *s; s++) if (*s < '0' || *s > '9') return 0;
    return 1;
}

/* /dev/stdout, /dev/stderr, /dev/fd/N, /proc/PID/fd/N: names of a file
 * this process already has open, which must be written, not replaced. */
static int is_descriptor_path(const char *p) {
    const char *fd;
    if (strcmp(p, "/dev/stdout") == 0 || strcmp(p, "/dev/stderr") == 0) return 1;
    if (strncmp(p, "/dev/fd/", 8) == 0) return all_digits(p + 8);
    if (strncmp(p, "/proc/", 6) != 0) return 0;
    fd = strstr(p + 6, "/fd/");
    return fd && memchr(p + 6, '/', (size_t)(fd - (p + 6))) == NULL && all_digits(fd + 4);
}

/* Whether path or a symlink on the way to its target is a descriptor path. */
static int via_descriptor(const char *path) {
    char *cur = malloc(strlen(path) + 1);
    int hops, found = 0, err = 0;
    if (!cur) return 0;
    strcpy(cur, path);
    for (hops = 0; hops <= MAX_LINKS && cur && !found; hops++) {
        struct stat st;
        char *link, *next;
        found = is_descriptor_path(cur);
        if (found || lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) break;
        link = read_link(cur, &err);
        if (!link) break;
        next = link[0] == '/' ? link : join_dir(cur, link);
        if (next != link) free(link);
        free(cur);
        cur = next;
    }
    free(cur);
    return found;
}

static int write_all(int fd, const char *data, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Opens path as it is and writes to it (appending to a regular file
 * reached through a descriptor, as the shell's >> or > left it). */
static int write_direct(const char *path, int append, const char *data, size_t len, dsc_ferr *e) {
    int fd, err;
    do fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (append ? O_APPEND : 0));
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return fail(e, errno, "open");
    if (write_all(fd, data, len) != 0) {
        err = errno;
        close(fd);
        return fail(e, err, "write");
    }
    if (close(fd) != 0 && errno != EINTR) return fail(e, errno, "write");
    return 0;
}

/* ===================================================================== */
/* Stale temporary files                                                  */
/* ===================================================================== */

/* Temporary files are named .BASE.HOST.PID.SEQ.tmp beside their target, so
 * one left by a crash can be told apart: same host, a pid that no longer
 * runs. Another host's or a running process's are never touched. */
static void host_name(char *buf, size_t cap) {
    size_t i;
    if (gethostname(buf, cap) != 0) buf[0] = '\0';
    buf[cap - 1] = '\0';
    if (!buf[0]) snprintf(buf, cap, "localhost");
    for (i = 0; buf[i]; i++) if (buf[i] == '/') buf[i] = '_';
}

/* The pid in name when it is a temporary file of prefix, else 0. */
static long temp_pid(const char *name, const char *prefix) {
    size_t pn = strlen(prefix);
    const char *p;
    char *end;
    long pid;
    if (strncmp(name, prefix, pn) != 0) return 0;
    p = name + pn;
    pid = strtol(p, &end, 10);
    if (end == p || *end != '.' || pid <= 0) return 0;
    p = end + 1;
    (void)strtoul(p, &end, 10);
    if (end == p || strcmp(end, ".tmp") != 0) return 0;
    return pid;
}

static int process_gone(long pid) {
    return pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* Removes dir/prefix*.tmp files whose writer no longer runs. */
static void clean_stale_temps(const char *dir, const char *prefix) {
    DIR *d = opendir(dir);
    struct dirent *ent;
    if (!d) return;
    while ((ent = readdir(d)) != NULL) {
        long pid = temp_pid(ent->d_name, prefix);
        if (pid > 0 && process_gone(pid)) {
            size_t n = strlen(dir) + strlen(ent->d_name) + 2;
            char *p = malloc(n);
            if (p) {
                snprintf(p, n, "%s/%s", dir, ent->d_name);
                unlink(p);
                free(p);
            }
        }
    }
    closedir(d);
}

/* ===================================================================== */
/* Atomic replacement of a regular file                                   */
/* ===================================================================== */

typedef struct {
    char *dir;          /* the target's folder */
    char *prefix;       /* ".BASE.HOST." */
    char *tmp;          /* the temporary file, once made */
} replace_names;

static void free_names(replace_names *n) {
    free(n->dir);
    free(n->prefix);
    free(n->tmp);
}

static int make_names(const char *target, replace_names *n) {
    const char *slash = strrchr(target, '/');
    const char *base = slash ? slash + 1 : target;
    char host[65];
    size_t dn = slash ? (slash == target ? 1 : (size_t)(slash - target)) : 1, pn;
    memset(n, 0, sizeof *n);
    host_name(host, sizeof host);
    n->dir = malloc(dn + 1);
    pn = strlen(base) + strlen(host) + 4;
    n->prefix = malloc(pn);
    if (!n->dir || !n->prefix) return -1;
    if (slash) memcpy(n->dir, target, dn); else n->dir[0] = '.';
    n->dir[dn] = '\0';
    snprintf(n->prefix, pn, ".%s.%s.", base, host);
    return 0;
}

/* Creates a fresh temporary file beside the target (O_EXCL: never an
 * existing one, never through a symlink). New files get 0666 less the
 * umask, as any new file; a replacement starts private until fchmod. */
static int open_temp(replace_names *n, int replacing, dsc_ferr *e) {
    unsigned seq;
    size_t cap = strlen(n->dir) + strlen(n->prefix) + 48;
    n->tmp = malloc(cap);
    if (!n->tmp) return fail(e, ENOMEM, "create a temporary file");
    for (seq = 0; seq < 1000; seq++) {
        int fd;
        snprintf(n->tmp, cap, "%s/%s%ld.%u.tmp", n->dir, n->prefix, (long)getpid(), seq);
        fd = open(n->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, replacing ? 0600 : 0666);
        if (fd >= 0) return fd;
        if (errno != EEXIST && errno != EINTR) break;
    }
    free(n->tmp);
    n->tmp = NULL;
    return fail(e, errno, "create a temporary file");
}

/* The old file's owner, then its mode (chown clears set-id bits, so it
 * goes first). Not being allowed to give a file away is no error: a user
 * writing another's group-writable ledger makes it theirs, as any editor. */
static int keep_owner_and_mode(int fd, const struct stat *old, dsc_ferr *e) {
    struct stat now;
    if (fstat(fd, &now) != 0) return fail(e, errno, "stat the temporary file");
    if (now.st_uid != old->st_uid || now.st_gid != old->st_gid) {
        if (fchown(fd, old->st_uid, old->st_gid) != 0 && errno != EPERM)
            return fail(e, errno, "keep the owner");
    }
    if (fchmod(fd, old->st_mode & 07777) != 0) return fail(e, errno, "keep the mode");
    return 0;
}

/* Syncs a folder so the rename itself survives a crash. Some file systems
 * cannot sync a folder (EINVAL): nothing more can be done there. */
static int sync_dir(const char *dir, dsc_ferr *e) {
    int fd = open(dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    int rc = 0;
    if (fd < 0) return 0;
    if (fsync(fd) != 0 && errno != EINVAL && errno != EROFS) rc = fail(e, errno, "sync the folder");
    close(fd);
    return rc;
}

/* Writes, keeps owner and mode, syncs and closes the temporary file. */
static int fill_temp(int fd, const char *data, size_t len, const struct stat *old, dsc_ferr *e) {
    int rc = 0;
    if (write_all(fd, data, len) != 0) rc = fail(e, errno, "write");
    else if (old && keep_owner_and_mode(fd, old, e) != 0) rc = -1;
    else if (fsync(fd) != 0) rc = fail(e, errno, "sync");
    if (close(fd) != 0 && rc == 0 && errno != EINTR) rc = fail(e, errno, "write");
    return rc;
}

static int write_replace(const char *target, const struct stat *old, const char *data, size_t len,
                         dsc_ferr *e) {
    replace_names n;
    int fd, rc = -1;
    if (old && access(target, W_OK) != 0) return fail(e, errno, "open");
    if (make_names(target, &n) != 0) { free_names(&n); return fail(e, ENOMEM, "write"); }
    clean_stale_temps(n.dir, n.prefix);
    fd = open_temp(&n, old != NULL, e);
    if (fd >= 0) {
        if (fill_temp(fd, data, len, old, e) != 0) unlink(n.tmp);
        else if (rename(n.tmp, target) != 0) { fail(e, errno, "replace the file"); unlink(n.tmp); }
        else rc = sync_dir(n.dir, e);
    }
    free_names(&n);
    return rc;
}

int dsc_file_write(const char *path, const char *data, size_t len, dsc_wrote *how, dsc_ferr *e) {
    struct stat st;
    char *target;
    int err = 0, rc;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) return fail(e, EISDIR, "open");
        if (!S_ISREG(st.st_mode) || via_descriptor(path)) {
            *how = DSC_WROTE_DIRECT;
            return write_direct(path, S_ISREG(st.st_mode), data, len, e);
        }
    } else if (errno != ENOENT) {
        return fail(e, errno, "open");
    }
    target = dsc_file_target(path, &err);
    if (!target) return fail(e, err, "follow the link");
    if (stat(target, &st) == 0) {
        *how = DSC_WROTE_REPLACED;
        rc = write_replace(target, &st, data, len, e);
    } else {
        *how = DSC_WROTE_CREATED;
        rc = write_replace(target, NULL, data, len, e);
    }
    free(target);
    return rc;
}

/* ===================================================================== */
/* The lock                                                               */
/* ===================================================================== */

static void pause_ms(unsigned ms) {
    struct timespec ts;
    ts.tv_sec = (time_t)(ms / 1000);
    ts.tv_nsec = (long)(ms % 1000) * 1000000L;
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

/* Opens (creating) the lock file. A folder there is the lock of an older
 * version (mkdir-based); an empty one is removed so that it cannot block
 * saves forever. Savers that start together all see the folder: the
 * rmdir of all but one fails (ENOENT, or ENOTDIR once the winner's lock
 * file is there), and those open again rather than fail. */
static int open_lock_file(const char *lockpath, dsc_ferr *e) {
    int tries;
    for (tries = 0; tries < 8; tries++) {
        int fd = open(lockpath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0) return fd;
        if (errno == EISDIR) {
            if (rmdir(lockpath) == 0 || errno == ENOENT || errno == ENOTDIR) continue;
            return fail(e, EISDIR, "create the lock file");   /* a folder with files in it */
        }
        if (errno == EACCES) {   /* a lock file of another user: read access is enough */
            fd = open(lockpath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
            if (fd >= 0) return fd;
            errno = EACCES;
        }
        return fail(e, errno, "create the lock file");
    }
    return fail(e, EISDIR, "create the lock file");
}

/* Whether fd is still the file at lockpath: the holder before us removes
 * the file before it lets go, so a lock won on a removed file is void. */
static int still_linked(int fd, const char *lockpath) {
    struct stat a, b;
    return fstat(fd, &a) == 0 && stat(lockpath, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static void write_holder(int fd) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) == 0 && n > 0) {
        ssize_t w = pwrite(fd, buf, (size_t)n, 0);
        (void)w;   /* the pid is for messages only */
    }
}

int dsc_file_lock(const char *lockpath, unsigned wait_ms, int *fd_out, dsc_ferr *e) {
    unsigned waited = 0, delay = 1;
    for (;;) {
        int fd = open_lock_file(lockpath, e);
        if (fd < 0) return -1;
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (still_linked(fd, lockpath)) {
                write_holder(fd);
                *fd_out = fd;
                return 0;
            }
            close(fd);
            continue;            /* lost a race with a release: take the new file */
        }
        {
            int err = errno;
            close(fd);
            if (err != EWOULDBLOCK && err != EAGAIN && err != EINTR) return fail(e, err, "lock");
        }
        if (waited >= wait_ms) return fail(e, EWOULDBLOCK, "lock");
        pause_ms(delay);
        waited += delay;
        delay = delay * 2 > 50 ? 50 : delay * 2;
    }
}

void dsc_file_unlock(int fd, const char *lockpath) {
    if (fd < 0) return;
    if (still_linked(fd, lockpath)) unlink(lockpath);
    close(fd);
}

long dsc_file_lock_holder(const char *lockpath) {
    char buf[32];
    ssize_t n;
    int fd = open(lockpath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return 0;
    n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = '\0';
    return strtol(buf, NULL, 10);
}
