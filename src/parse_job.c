/*
 * parse_job.c: one parse on a thread of its own, so an editor can hand a
 * buffer's text over and pick the document up later without waiting.
 *
 * The job copies the text and parses the copy on a libuv thread. When the
 * parse ends, the thread sets `done` under the job's mutex and, if the
 * caller asked for one, writes a byte to a pipe: an event loop watches its
 * read end and wakes when the document is ready instead of polling. The
 * parse itself cannot be interrupted, so cancelling only means that the
 * document is freed as soon as it exists instead of being handed over.
 * Freeing a job joins its thread first: a caller that must never wait
 * frees only jobs that are done.
 */
#include "internal.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <uv.h>

struct dsc_parse_job {
    const dsc_dict *dict;
    dsc_options opt;
    char *src;                /* the copy; the thread frees it */
    size_t n;
    uv_thread_t thread;
    int threaded, joined;
    uv_mutex_t lock;          /* guards everything below */
    int done, cancelled, failed;
    dsc_doc *doc;             /* until taken */
    double ms;                /* wall time of the parse */
    int pipe_r, pipe_w;       /* -1 until dsc_parse_job_fd() */
};

/* ===================================================================== */
/* The thread                                                             */
/* ===================================================================== */

static void wake(int fd) {
    ssize_t w;
    if (fd < 0) return;
    do w = write(fd, "x", 1); while (w < 0 && errno == EINTR);
    /* EAGAIN: a byte is already waiting, which is all a reader needs */
}

/* Parses, then publishes the result under the lock; a cancelled job's
 * document is freed here, outside the lock. */
static void job_main(void *arg) {
    dsc_parse_job *j = arg;
    uint64_t t0 = uv_hrtime();
    dsc_doc *doc = dsc_parse(j->dict, j->src, j->n, &j->opt), *drop = NULL;
    double ms = (double)(uv_hrtime() - t0) / 1e6;
    int fd;
    free(j->src);
    j->src = NULL;
    uv_mutex_lock(&j->lock);
    if (j->cancelled) drop = doc;
    else j->doc = doc;
    j->failed = doc == NULL;
    j->ms = ms;
    j->done = 1;
    fd = j->pipe_w;
    uv_mutex_unlock(&j->lock);
    dsc_doc_free(drop);
    wake(fd);
}

/* ===================================================================== */
/* The caller's side                                                      */
/* ===================================================================== */

dsc_parse_job *dsc_parse_job_start(const dsc_dict *d, const char *src, size_t n,
                                   const dsc_options *opt) {
    char *copy = malloc(n ? n : 1);
    if (!copy) return NULL;
    if (n) memcpy(copy, src, n);
    return dsc_parse_job_adopt(d, copy, n, opt);
}

dsc_parse_job *dsc_parse_job_adopt(const dsc_dict *d, char *src, size_t n,
                                   const dsc_options *opt) {
    dsc_parse_job *j = calloc(1, sizeof *j);
    if (!j || uv_mutex_init(&j->lock) != 0) { free(src); free(j); return NULL; }
    j->pipe_r = j->pipe_w = -1;
    j->dict = d;
    j->opt.markdown = opt ? opt->markdown : 1;
    j->n = n;
    j->src = src;
    /* freezing writes to the dictionary: it must happen here, before any
     * thread reads it (a no-op for a dictionary that parsed before) */
    if (d) dsc_dict_freeze((dsc_dict *)(uintptr_t)d);
    if (uv_thread_create(&j->thread, job_main, j) == 0) j->threaded = 1;
    else job_main(j);                       /* no thread to be had: parse here */
    return j;
}

int dsc_parse_job_done(dsc_parse_job *j) {
    int done;
    uv_mutex_lock(&j->lock);
    done = j->done;
    uv_mutex_unlock(&j->lock);
    return done;
}

/* The pipe is made on first request: a job nobody watches holds no file
 * descriptor. Made after the thread finished, it is written at once. */
int dsc_parse_job_fd(dsc_parse_job *j) {
    int fd, p[2], k;
    uv_mutex_lock(&j->lock);
    if (j->pipe_r < 0 && pipe(p) == 0) {
        for (k = 0; k < 2; k++) {
            fcntl(p[k], F_SETFD, FD_CLOEXEC);          /* not inherited by :! and jobs */
            fcntl(p[k], F_SETFL, fcntl(p[k], F_GETFL) | O_NONBLOCK);
        }
        j->pipe_r = p[0];
        j->pipe_w = p[1];
        if (j->done) wake(j->pipe_w);
    }
    fd = j->pipe_r;
    uv_mutex_unlock(&j->lock);
    return fd;
}

static void join(dsc_parse_job *j) {
    if (j->threaded && !j->joined) uv_thread_join(&j->thread);
    j->joined = 1;
}

dsc_doc *dsc_parse_job_take(dsc_parse_job *j, double *ms) {
    dsc_doc *doc;
    join(j);
    uv_mutex_lock(&j->lock);
    doc = j->doc;
    j->doc = NULL;
    if (ms) *ms = j->ms;
    uv_mutex_unlock(&j->lock);
    return doc;
}

int dsc_parse_job_failed(dsc_parse_job *j) {
    int failed;
    uv_mutex_lock(&j->lock);
    failed = j->done && j->failed && !j->cancelled;
    uv_mutex_unlock(&j->lock);
    return failed;
}

void dsc_parse_job_cancel(dsc_parse_job *j) {
    dsc_doc *drop;
    uv_mutex_lock(&j->lock);
    j->cancelled = 1;
    drop = j->doc;                           /* finished but not taken */
    j->doc = NULL;
    uv_mutex_unlock(&j->lock);
    dsc_doc_free(drop);
}

void dsc_parse_job_free(dsc_parse_job *j) {
    if (!j) return;
    dsc_parse_job_cancel(j);
    join(j);
    free(j->src);                            /* NULL unless the thread never ran */
    if (j->pipe_r >= 0) close(j->pipe_r);
    if (j->pipe_w >= 0) close(j->pipe_w);
    uv_mutex_destroy(&j->lock);
    free(j);
}
