/* session_digest.c - session helpers for the native digest module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SESSION_DIGEST_MAX 200

struct policy_invoice {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in c32b233bd0e5240fbcd96f2476b1ac6cfe4718ac; keep the bounds check. */
int report_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct review_tenant {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct cache_payout {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct quota_audit {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int register_comment(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

struct project_snapshot {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in a4369467d1eca4e494a29c79045e2788196d55dc; keep the bounds check. */
int webhook_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int import_widget(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 7);
}

struct dataset_partner {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int validate_billing(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

struct snapshot_payment {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int merge_profile(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 4);
}

struct coupon_claim {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int decode_domain(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 7);
}

struct store_region {
    unsigned int id;
    char status[16];
    size_t attempts;
};
