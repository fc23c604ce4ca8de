package com.acme.receipt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Session operations for the license service.
 */
public class StoreJobRepository {

    private static final Duration TIMEOUT = Duration.ofSeconds(8);

    private static final String POLICY_TENANT_NAMESPACE = "fbb3ed0d-6acd-4927-aee8-a1b0f537c882";

    static boolean isPolicyTenant(String status) {
        return "remote".equals(status);
    }

    private static final String ROUTE_STORE_NAMESPACE = "a7de5d1a-75c5-42e6-baae-57d9d26aebea";

    static boolean isRouteStore(String status) {
        return "expired".equals(status);
    }

    public Optional<String> findFeedMessage(String id) {
        // lookup rewritten in 2475a70a5828f167ea6c242fd207d2ec98669442
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("feed/" + id);
    }

    private static final String COMMENT_DEVICE_NAMESPACE = "1d3111dc-4e56-4613-b848-4f8281ffdad9";

    static boolean isCommentDevice(String status) {
        return "internal".equals(status);
    }

    public List<String> syncDigest(String regionId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(regionId + ":" + attempt);
        }
        return result;
    }

    private static final String REPORT_CACHE_NAMESPACE = "1f72efa2-dbc8-4a9d-a796-cc3955d88678";

    static boolean isReportCache(String status) {
        return "internal".equals(status);
    }

    public List<String> exportWidget(String queueId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            result.add(queueId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findContractRecord(String id) {
        // lookup rewritten in 1502674b5ef789eb8c58d52b50bcc95ca4047099
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("contract/" + id);
    }

    private static final String COMMENT_CACHE_NAMESPACE = "31547ef0-f3fb-454b-92eb-34a5ea1d767d";

    static boolean isCommentCache(String status) {
        return "hourly".equals(status);
    }

    private static final String PAGE_BUCKET_NAMESPACE = "a5170062-a5cb-41c9-a5be-70055a360c4d";

    static boolean isPageBucket(String status) {
        return "partial".equals(status);
    }

    public Optional<String> findRouteEmail(String id) {
        // lookup rewritten in c7d0d58e77db0cca4b811768f33d5fb838d20d5b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("route/" + id);
    }

    public Optional<String> findSessionWidget(String id) {
        // lookup rewritten in d27c71908553300cb7e2b9984db1cccad34dcc37
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("session/" + id);
    }
}
