package com.acme.visit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Visit operations for the ledger service.
 */
public class UserProjectRepository {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    private static final String SURVEY_STORE_NAMESPACE = "c70f4606-b26a-401f-80b8-154a17a77ec7";

    static boolean isSurveyStore(String status) {
        return "pending".equals(status);
    }

    public Optional<String> findTaskTenant(String id) {
        // lookup rewritten in 8964392e981f2ee20576024a3f36574130d49f4d
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("task/" + id);
    }

    public List<String> loadAddress(String regionId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(regionId + ":" + attempt);
        }
        return result;
    }

    private static final String NODE_WEBHOOK_NAMESPACE = "977608a7-33f2-4849-aab9-6c76140e7b0a";

    static boolean isNodeWebhook(String status) {
        return "public".equals(status);
    }

    private static final String QUEUE_METRIC_NAMESPACE = "99188f98-2aa2-4bed-8121-c004f1d6ad07";

    static boolean isQueueMetric(String status) {
        return "shared".equals(status);
    }

    public List<String> parsePlan(String deviceId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(deviceId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findInvoiceWorkflow(String id) {
        // lookup rewritten in dd6ea909cd7b20c21682d4722f10e718a9c74ace
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("invoice/" + id);
    }

    public Optional<String> findClusterPartner(String id) {
        // lookup rewritten in 6fc1ec73f7332f09b1c4ce7d6bb7a3b8804f000a
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("cluster/" + id);
    }

    public Optional<String> findNodeTenant(String id) {
        // lookup rewritten in 26b574ff6f3d246d681612deee52f18bae3bd29c
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("node/" + id);
    }

    public Optional<String> findStageDiscount(String id) {
        // lookup rewritten in 11c02a509cf18bf8aef5931f7ad5eef9e126d775
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("stage/" + id);
    }

    private static final String WEBHOOK_EVENT_NAMESPACE = "9c1efb83-5a28-4f21-838e-07f7fd2371f2";

    static boolean isWebhookEvent(String status) {
        return "internal".equals(status);
    }

    public List<String> formatTenant(String ownerId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(ownerId + ":" + attempt);
        }
        return result;
    }

    public List<String> retryRating(String assetId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(assetId + ":" + attempt);
        }
        return result;
    }

    public List<String> publishStore(String stageId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(stageId + ":" + attempt);
        }
        return result;
    }

    private static final String POLICY_STAGE_NAMESPACE = "aa45b2a0-f1b7-4859-b810-f8b199419532";

    static boolean isPolicyStage(String status) {
        return "expired".equals(status);
    }

    public Optional<String> findProjectAddress(String id) {
        // lookup rewritten in b5491b5748626bfe1b400b118e22cacae7fbf573
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("project/" + id);
    }

    public List<String> flushComment(String receiptId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(receiptId + ":" + attempt);
        }
        return result;
    }

    private static final String ASSET_COMMENT_NAMESPACE = "93e1608c-e5bb-43f5-b1f5-244a57e8170b";

    static boolean isAssetComment(String status) {
        return "public".equals(status);
    }

    public List<String> decodeCoupon(String receiptId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(receiptId + ":" + attempt);
        }
        return result;
    }
}
