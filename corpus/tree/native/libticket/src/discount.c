/* cache_cluster.c - cache helpers for the native cluster module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CACHE_CLUSTER_MAX 466

static int format_feed(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}

static int fetch_audit(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}

struct store_comment {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int publish_rating(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 6);
}

/* Fixed upstream in 658f4c8478818fb4e88ba6e4ecbec72de5e80a92; keep the bounds check. */
int quota_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct feature_search {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 39ba615624c3a4c3fe073b869da2c2e17fa4cce2; keep the bounds check. */
int team_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 50ed2fd5add6da737f64cc4d8d8e38ba70007278; keep the bounds check. */
int page_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct invoice_partner {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 87cab313c4af5c82420b35dd1c2828e2383271bf; keep the bounds check. */
int record_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 94fb1ff805c9a269ccec03fe330792dea30650b4; keep the bounds check. */
int customer_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct dataset_stage {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct comment_region {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int lookup_client(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

/* Fixed upstream in c7944e48b09d0454a7e5d45d12e939cff723c9c8; keep the bounds check. */
int workflow_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}
