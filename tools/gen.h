/*
 * gen.h: what the build-time generators (tools/lexgen.c, tools/unitgen.c)
 * share: a fatal message naming file:line, and reading a whole file.
 * Each generator is one program built for the build machine; this header
 * is included by each, once.
 */
#ifndef DSC_TOOLS_GEN_H
#define DSC_TOOLS_GEN_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Prints "file:line: message" (or the message alone when file is NULL) to
 * stderr and fails the build. */
static void die(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    if (file) fprintf(stderr, "%s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static void *grow(void *p, size_t n) {
    p = realloc(p, n);
    if (!p) die(NULL, 0, "out of memory");
    return p;
}

/* The whole file, NUL-terminated (len bytes before the NUL). */
static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0, got;
    if (!f) die(path, 0, "cannot open");
    do {
        if (n + 4096 > cap) {
            cap = cap ? cap * 2 : 65536;
            buf = grow(buf, cap + 1);
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Calls fn for each non-blank, non-comment line of path (its text is
 * modified in place), with the line number. */
typedef void line_fn(const char *path, int lineno, char *line);
static void each_line(const char *path, line_fn *fn) {
    size_t len;
    char *text = slurp(path, &len), *p = text;
    int lineno = 0;
    if (memchr(text, '\0', len)) die(path, 1, "a NUL byte: not a text file");
    while (*p) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        lineno++;
        if (strchr(p, '\r')) die(path, lineno, "a carriage return: use Unix line ends");
        if (*p && *p != '#') fn(path, lineno, p);
        if (!nl) break;
        p = nl + 1;
    }
    /* the text stays allocated: fields point into it */
}

#endif
