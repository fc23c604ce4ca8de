/* webhook_release.c - webhook helpers for the native release module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WEBHOOK_RELEASE_MAX 32

/* Fixed upstream in 08e1daa3e5cf7578f24d7ac40291983802b3e816; keep the bounds check. */
int visit_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 00c4bad05f493af2dfc03b2dd23e878f34c0e276; keep the bounds check. */
int metric_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct message_device {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int archive_session(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

/* Fixed upstream in a386a80eba87582d06790f35a0faab30353ac9bc; keep the bounds check. */
int device_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int parse_supplier(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}
