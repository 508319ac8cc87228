/* test_fileops.c: stat, symlink targets, writes that keep what is at the
 * target (mode, symlinks, FIFOs, descriptors), stale temporary files and
 * the flock-based lock. Runs in a fresh folder under /tmp. */
#define _DEFAULT_SOURCE 1   /* mkdtemp, gethostname */
#include "check.h"
#include "fileops.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char root[64];

static const char *at(const char *rel) {
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", root, rel);
    return buf[k];
}

static void put(const char *rel, const char *text) {
    FILE *f = fopen(at(rel), "wb");
    if (!f) { perror(rel); exit(2); }
    fputs(text, f);
    fclose(f);
}

/* The bytes of a file (at most 255), or "" when it cannot be read. */
static const char *slurp(const char *path) {
    static char buf[256];
    FILE *f = fopen(path, "rb");
    size_t n = 0;
    buf[0] = '\0';
    if (!f) return buf;
    n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void test_info(void) {
    dsc_finfo fi;
    static const struct { const char *rel; int follow; dsc_ftype type; } cases[] = {
        { "plain", 1, DSC_FT_FILE }, { "sub", 1, DSC_FT_DIR }, { "fifo", 1, DSC_FT_FIFO },
        { "link-to-plain", 0, DSC_FT_LINK }, { "link-to-plain", 1, DSC_FT_FILE },
    };
    size_t i;
    put("plain", "abc");
    mkdir(at("sub"), 0755);
    mkfifo(at("fifo"), 0644);
    if (symlink("plain", at("link-to-plain")) != 0) perror("symlink");
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK(dsc_file_info(at(cases[i].rel), cases[i].follow, &fi) == 0, "stat %s", cases[i].rel);
        CHECK(fi.type == cases[i].type, "%s: type %s", cases[i].rel, dsc_ftype_name(fi.type));
    }
    CHECK(dsc_file_info(at("plain"), 1, &fi) == 0 && fi.size == 3, "size");
    CHECK(dsc_file_info(at("missing"), 1, &fi) == ENOENT, "missing: ENOENT");
    CHECK_STR(dsc_errno_name(EROFS), "EROFS", "errno name");
    CHECK_STR(dsc_errno_name(12345), "EIO", "unknown errno");
}

static void test_target(void) {
    static const struct { const char *rel; const char *want; int err; } cases[] = {
        { "plain", "plain", 0 },
        { "link-to-plain", "plain", 0 },          /* relative to the link's folder */
        { "chain", "plain", 0 },                  /* chain -> link-to-plain -> plain */
        { "dangling", "sub/new", 0 },             /* a target that does not exist yet */
        { "loop-a", NULL, ELOOP },
    };
    size_t i;
    if (symlink("link-to-plain", at("chain")) != 0) perror("symlink");
    if (symlink("sub/new", at("dangling")) != 0) perror("symlink");
    if (symlink("loop-b", at("loop-a")) != 0 || symlink("loop-a", at("loop-b")) != 0) perror("symlink");
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int err = 0;
        char *t = dsc_file_target(at(cases[i].rel), &err);
        if (cases[i].want) {
            CHECK_STR(t, at(cases[i].want), cases[i].rel);
        } else {
            CHECK(t == NULL && err == cases[i].err, "%s: err %d", cases[i].rel, err);
        }
        free(t);
    }
}

static void test_write_files(void) {
    dsc_wrote how;
    dsc_ferr e;
    struct stat st;
    CHECK(dsc_file_write(at("new.txt"), "one\n", 4, &how, &e) == 0 && how == DSC_WROTE_CREATED, "create");
    CHECK_STR(slurp(at("new.txt")), "one\n", "created content");
    chmod(at("new.txt"), 0600);
    CHECK(dsc_file_write(at("new.txt"), "two\n", 4, &how, &e) == 0 && how == DSC_WROTE_REPLACED, "replace");
    CHECK_STR(slurp(at("new.txt")), "two\n", "replaced content");
    CHECK(stat(at("new.txt"), &st) == 0 && (st.st_mode & 07777) == 0600, "mode kept: %o", (unsigned)(st.st_mode & 07777));
    /* through a symlink: the target changes, the link stays */
    CHECK(dsc_file_write(at("link-to-plain"), "via link", 8, &how, &e) == 0, "through a link");
    CHECK_STR(slurp(at("plain")), "via link", "the target got it");
    CHECK(lstat(at("link-to-plain"), &st) == 0 && S_ISLNK(st.st_mode), "still a link");
    CHECK(dsc_file_write(at("dangling"), "made", 4, &how, &e) == 0 && how == DSC_WROTE_CREATED, "dangling link");
    CHECK_STR(slurp(at("sub/new")), "made", "the dangling link's target was created");
    CHECK(dsc_file_write(at("sub"), "x", 1, &how, &e) != 0 && e.err == EISDIR, "a directory: EISDIR");
    CHECK(dsc_file_write(at("nodir/x"), "x", 1, &how, &e) != 0 && e.err == ENOENT, "no folder: ENOENT");
    CHECK_STR(e.step, "create a temporary file", "the step that failed");
}

static void test_write_direct(void) {
    dsc_wrote how;
    dsc_ferr e;
    char buf[64], path[64];
    int fds[2];
    ssize_t n;
    /* a FIFO with a reader: written, not replaced */
    int rd = open(at("fifo"), O_RDONLY | O_NONBLOCK);
    CHECK(rd >= 0, "open the FIFO's reader");
    CHECK(dsc_file_write(at("fifo"), "to fifo", 7, &how, &e) == 0 && how == DSC_WROTE_DIRECT, "FIFO written");
    n = read(rd, buf, sizeof buf);
    CHECK(n == 7 && memcmp(buf, "to fifo", 7) == 0, "the reader got it");
    close(rd);
    /* a descriptor path: /dev/fd/N of a pipe */
    if (pipe(fds) != 0) { perror("pipe"); return; }
    snprintf(path, sizeof path, "/dev/fd/%d", fds[1]);
    CHECK(dsc_file_write(path, "to pipe", 7, &how, &e) == 0 && how == DSC_WROTE_DIRECT, "pipe written");
    n = read(fds[0], buf, sizeof buf);
    CHECK(n == 7 && memcmp(buf, "to pipe", 7) == 0, "through the pipe");
    close(fds[0]);
    close(fds[1]);
}

static void test_stale_temps(void) {
    char host[65], name[200];
    dsc_wrote how;
    dsc_ferr e;
    pid_t gone = fork();
    if (gone == 0) _exit(0);
    waitpid(gone, NULL, 0);   /* a pid that ran and ended */
    if (gethostname(host, sizeof host) != 0) strcpy(host, "localhost");
    host[64] = '\0';
    snprintf(name, sizeof name, "%s/.t.txt.%s.%ld.0.tmp", root, host, (long)gone);
    put("t.txt", "old");
    { FILE *f = fopen(name, "wb"); if (f) fclose(f); }
    CHECK(access(name, F_OK) == 0, "planted a stale temporary file");
    CHECK(dsc_file_write(at("t.txt"), "new", 3, &how, &e) == 0, "write");
    CHECK(access(name, F_OK) != 0, "the stale temporary file is gone");
    snprintf(name, sizeof name, "%s/.t.txt.%s.%ld.0.tmp", root, host, (long)getppid());
    { FILE *f = fopen(name, "wb"); if (f) fclose(f); }
    CHECK(dsc_file_write(at("t.txt"), "newer", 5, &how, &e) == 0, "write again");
    CHECK(access(name, F_OK) == 0, "a running process's is kept");
    unlink(name);
}

static void test_lock(void) {
    dsc_ferr e;
    int a = -1, b = -1;
    pid_t child;
    CHECK(dsc_file_lock(at("l.lock"), 0, &a, &e) == 0, "take the lock");
    CHECK(dsc_file_lock_holder(at("l.lock")) == (long)getpid(), "the holder's pid is written");
    CHECK(dsc_file_lock(at("l.lock"), 0, &b, &e) != 0 && e.err == EWOULDBLOCK, "a second taker is refused");
    CHECK(dsc_file_lock(at("l.lock"), 30, &b, &e) != 0 && e.err == EWOULDBLOCK, "also after waiting 30 ms");
    dsc_file_unlock(a, at("l.lock"));
    CHECK(access(at("l.lock"), F_OK) != 0, "released: the file is gone");
    /* an older version's lock folder does not block */
    mkdir(at("l.lock"), 0755);
    CHECK(dsc_file_lock(at("l.lock"), 0, &a, &e) == 0, "over a lock folder");
    dsc_file_unlock(a, at("l.lock"));
    /* another process holds it for a while: a waiting taker gets it */
    child = fork();
    if (child == 0) {
        int fd;
        if (dsc_file_lock(at("l.lock"), 0, &fd, NULL) != 0) _exit(1);
        usleep(100 * 1000);
        dsc_file_unlock(fd, at("l.lock"));
        _exit(0);
    }
    while (dsc_file_lock_holder(at("l.lock")) != (long)child) usleep(1000);
    CHECK(dsc_file_lock(at("l.lock"), 10000, &a, &e) == 0, "waited for and taken");
    dsc_file_unlock(a, at("l.lock"));
    waitpid(child, NULL, 0);
    /* a folder that does not exist: an error at once */
    CHECK(dsc_file_lock(at("nodir/l.lock"), 10000, &a, &e) != 0 && e.err == ENOENT, "no folder");
}

/* Savers that start at once over an older version's lock folder: one
 * removes the folder and creates the lock file while another, which saw
 * the folder too, finds its rmdir fail (ENOENT, or ENOTDIR once the file
 * is there). That one must take the lock in its turn, not report "is not
 * a directory" (three Neovims saving at once lost one save in 8 runs). */
static void test_lock_over_folder_race(void) {
    enum { TAKERS = 6 };
    /* under valgrind each fork costs 40 ms: fewer rounds check the
     * memory, the plain run the race */
    int rounds = check_under_valgrind() ? 10 : 150;
    int round, failed = 0;
    for (round = 0; round < rounds; round++) {
        int go[2], k;
        pid_t kids[TAKERS];
        char byte = 'g';
        if (pipe(go) != 0) { perror("pipe"); exit(2); }
        mkdir(at("race.lock"), 0755);
        for (k = 0; k < TAKERS; k++) {
            kids[k] = fork();
            if (kids[k] == 0) {
                int fd;
                char c;
                close(go[1]);
                if (read(go[0], &c, 1) != 1) _exit(3);
                if (dsc_file_lock(at("race.lock"), 10000, &fd, NULL) != 0) _exit(1);
                dsc_file_unlock(fd, at("race.lock"));
                _exit(0);
            }
        }
        close(go[0]);
        for (k = 0; k < TAKERS; k++) if (write(go[1], &byte, 1) != 1) break;
        close(go[1]);
        for (k = 0; k < TAKERS; k++) {
            int st = 0;
            waitpid(kids[k], &st, 0);
            if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) failed++;
        }
        rmdir(at("race.lock"));
        unlink(at("race.lock"));
    }
    CHECK(failed == 0, "%d of %d takers racing over a lock folder failed", failed, rounds * TAKERS);
}

int main(void) {
    snprintf(root, sizeof root, "/tmp/dsc-fileops-XXXXXX");
    if (!mkdtemp(root)) { perror("mkdtemp"); return 2; }
    test_info();
    test_target();
    test_write_files();
    test_write_direct();
    test_stale_temps();
    test_lock();
    test_lock_over_folder_race();
    {   /* clean up */
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
        if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", root);
    }
    return check_report("fileops");
}
