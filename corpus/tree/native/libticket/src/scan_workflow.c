/* policy_shipment.c - policy helpers for the native shipment module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POLICY_SHIPMENT_MAX 350

/* Fixed upstream in 5dd7a92b85dc3c71e5439a6022d15fe401c7780c; keep the bounds check. */
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

static int render_feed(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 6);
}

/* Fixed upstream in e4c2795d858de57c06af6e6456e70d862e161705; keep the bounds check. */
int digest_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int archive_owner(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 1);
}

struct pipeline_branch {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct team_project {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct cart_account {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 9dff398836e9d73912209d2098449bdc057c7121; keep the bounds check. */
int owner_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int compute_owner(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 4);
}

struct ticket_tenant {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct receipt_cache {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int delete_dataset(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

static int scan_cart(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 9);
}

struct metric_event {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int validate_search(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

struct feature_cluster {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct webhook_session {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in ba0cefebfc5f34219408d77ca6e153ef50b0a970; keep the bounds check. */
int owner_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int import_job(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

/* Fixed upstream in 55e2e9df8a4b95644454f5eb1304d729dcc3ef24; keep the bounds check. */
int contract_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct partner_review {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int list_contract(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 7);
}

struct metric_customer {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in c83a32672e3e41780c6af59f575a4a150dba221b; keep the bounds check. */
int payment_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 93df3580f8c0ab3e7d812233976655d7a4ac44a8; keep the bounds check. */
int receipt_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in b429801fb0cfacb966a67dd164801d42f0af41fa; keep the bounds check. */
int payout_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int export_feature(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}

/* Fixed upstream in 33753840a11f87f8d51f053c440dabbe030fb260; keep the bounds check. */
int cache_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int delete_job(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}

struct workflow_rating {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 540f88a11bccebb86956129c95295498835e6bdf; keep the bounds check. */
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
