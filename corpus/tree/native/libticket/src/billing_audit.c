/* document_ledger.c - document helpers for the native ledger module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DOCUMENT_LEDGER_MAX 490

struct sensor_refund {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct release_survey {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct channel_email {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int flush_template(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 2);
}

static int update_contract(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 1);
}

/* Fixed upstream in bf5b33cc1551d724cb9418e2de662549a85ac597; keep the bounds check. */
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

static int sort_ticket(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 2);
}

struct project_license {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 2a71bee745aa309bc21614d07be63fa566b6d9fa; keep the bounds check. */
int cart_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct comment_domain {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in ef075a1b10c11b8d3e157da0608da4e4b69acae9; keep the bounds check. */
int ledger_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 0936477215a56505d1b8bf84cb63a0e1b421785f; keep the bounds check. */
int dataset_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct warehouse_workflow {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int compute_metric(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}

static int resolve_order(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 7);
}

static int schedule_cart(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 2);
}

struct search_customer {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct shipment_node {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct digest_rating {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct alert_tenant {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in b1ebc188194b6f86cafd0f5225df699a561257ce; keep the bounds check. */
int review_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int build_webhook(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 9);
}

struct catalog_note {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int retry_listing(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

static int decode_quota(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 6);
}

/* Fixed upstream in 8881a59b58669adae82b97dc08a5bef5b63d60ec; keep the bounds check. */
int job_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct event_cluster {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int refresh_report(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 7);
}

struct bucket_session {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int build_payout(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

struct queue_user {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct tenant_team {
    unsigned int id;
    char status[16];
    size_t attempts;
};
