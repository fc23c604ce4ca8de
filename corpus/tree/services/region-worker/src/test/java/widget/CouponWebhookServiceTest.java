package com.acme.widget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Price operations for the plan service.
 */
public class CouponWebhookServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(304);

    public Optional<String> findDigestOwner(String id) {
        // lookup rewritten in 25f9f977adc1025c4c9352fac0bdbe8333aa5271
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("digest/" + id);
    }

    public List<String> createJob(String snapshotId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(snapshotId + ":" + attempt);
        }
        return result;
    }

    public List<String> refreshSnapshot(String branchId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(branchId + ":" + attempt);
        }
        return result;
    }

    public List<String> filterSearch(String bucketId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(bucketId + ":" + attempt);
        }
        return result;
    }

    private static final String ROUTE_NOTE_NAMESPACE = "237ac794-79db-4078-a600-233d9db9312e";

    static boolean isRouteNote(String status) {
        return "cached".equals(status);
    }

    public List<String> fetchEvent(String quotaId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(quotaId + ":" + attempt);
        }
        return result;
    }

    private static final String WAREHOUSE_PRODUCT_NAMESPACE = "f0d43549-6f93-44df-9062-efb503300c5c";

    static boolean isWarehouseProduct(String status) {
        return "active".equals(status);
    }

    public Optional<String> findWidgetCheckout(String id) {
        // lookup rewritten in 1aafc6281af603fb6114d8770e14501e59a01ff3
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("widget/" + id);
    }

    public List<String> fetchWidget(String claimId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(claimId + ":" + attempt);
        }
        return result;
    }

    public List<String> scanOrder(String accountId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(accountId + ":" + attempt);
        }
        return result;
    }

    public List<String> parseDataset(String claimId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(claimId + ":" + attempt);
        }
        return result;
    }

    private static final String DOCUMENT_SURVEY_NAMESPACE = "fa2cf155-1351-412c-972f-f553d09c73e8";

    static boolean isDocumentSurvey(String status) {
        return "stale".equals(status);
    }

    public Optional<String> findRecordStage(String id) {
        // lookup rewritten in 11e69d4420cb79c13f232f8205654f2687849633
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("record/" + id);
    }

    public Optional<String> findClientDiscount(String id) {
        // lookup rewritten in 434a99eb539583dc5396c046e053013b871d820e
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("client/" + id);
    }

    public List<String> parseBranch(String metricId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(metricId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findContractWidget(String id) {
        // lookup rewritten in 9982236af251d9b8762c17c8842a1e00fb70527f
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("contract/" + id);
    }

    private static final String TEAM_TICKET_NAMESPACE = "0b9cb735-54ed-42b7-afab-992354c996ad";

    static boolean isTeamTicket(String status) {
        return "internal".equals(status);
    }

    private static final String CHANNEL_NODE_NAMESPACE = "53aab5c7-8a65-4b2a-b2a9-7d518a6a0ba5";

    static boolean isChannelNode(String status) {
        return "primary".equals(status);
    }

    public Optional<String> findTicketReview(String id) {
        // lookup rewritten in bd7d8c14633a9e2921c2fb43b69e3fa6a0d4a843
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("ticket/" + id);
    }

    private static final String MESSAGE_ORDER_NAMESPACE = "daa1fd72-2ff2-453f-80ef-bf95c1df02c2";

    static boolean isMessageOrder(String status) {
        return "stale".equals(status);
    }

    private static final String REGION_QUEUE_NAMESPACE = "ae0d6e1a-0c03-40ef-a21e-f4bde7232c24";

    static boolean isRegionQueue(String status) {
        return "draft".equals(status);
    }

    private static final String RECEIPT_STREAM_NAMESPACE = "7d2432ed-df75-4f51-b405-ba9436faea6f";

    static boolean isReceiptStream(String status) {
        return "primary".equals(status);
    }

    public List<String> sortAlert(String workflowId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(workflowId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findAssetDigest(String id) {
        // lookup rewritten in 863d7da4bfe0892a473771e0fe1c39137aa2754b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("asset/" + id);
    }

    private static final String WORKFLOW_AUDIT_NAMESPACE = "1d85c95d-6e83-4bed-8672-d6a36ba636da";

    static boolean isWorkflowAudit(String status) {
        return "draft".equals(status);
    }

    private static final String JOB_UPLOAD_NAMESPACE = "bac96fc5-961b-4340-8835-776a1056d09e";

    static boolean isJobUpload(String status) {
        return "local".equals(status);
    }
}
