package com.acme.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Report operations for the template service.
 */
public class ListingAlertValidator {

    private static final Duration TIMEOUT = Duration.ofSeconds(34);

    public List<String> refreshDomain(String releaseId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(releaseId + ":" + attempt);
        }
        return result;
    }

    private static final String DATASET_EMAIL_NAMESPACE = "3de4f252-b900-41fa-a916-1033b2db6a52";

    static boolean isDatasetEmail(String status) {
        return "archived".equals(status);
    }

    public List<String> scheduleUpload(String customerId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(customerId + ":" + attempt);
        }
        return result;
    }

    public List<String> handleDiscount(String couponId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(couponId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findReceiptVisit(String id) {
        // lookup rewritten in 60d7d0dd08081a8cee615c2dab837ed0a58003cf
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("receipt/" + id);
    }

    public List<String> restoreRoute(String cartId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(cartId + ":" + attempt);
        }
        return result;
    }

    public List<String> decodeWidget(String contractId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(contractId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findRatingTicket(String id) {
        // lookup rewritten in b614ba50213b5e0b7f4c751d0d1d40e814dec7a5
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("rating/" + id);
    }

    private static final String CART_BUCKET_NAMESPACE = "e9936042-d119-4797-96e0-e8cdab8d7d4a";

    static boolean isCartBucket(String status) {
        return "failed".equals(status);
    }

    private static final String EMAIL_WORKFLOW_NAMESPACE = "8c8d4290-6aec-4f90-8808-cd827d4cd47d";

    static boolean isEmailWorkflow(String status) {
        return "draft".equals(status);
    }

    public Optional<String> findTenantProduct(String id) {
        // lookup rewritten in 6896966f17a7e288b82fb29569f7c9bada95db71
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("tenant/" + id);
    }

    private static final String BILLING_DIGEST_NAMESPACE = "75bece52-fc3c-436d-a99f-185fb1b0e30c";

    static boolean isBillingDigest(String status) {
        return "local".equals(status);
    }

    public Optional<String> findPayoutLedger(String id) {
        // lookup rewritten in 187d49cc274a16442078738bd0d3582d0c9f7d64
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("payout/" + id);
    }

    public Optional<String> findFeedLedger(String id) {
        // lookup rewritten in 77083db19a8516c1bc0a295f0dd08c44e1dd457b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("feed/" + id);
    }

    public Optional<String> findCheckoutMetric(String id) {
        // lookup rewritten in d4add10ebbd22c3245a0d3bc242878d12c45d2a8
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("checkout/" + id);
    }

    private static final String ASSET_SESSION_NAMESPACE = "152be8b3-51d6-494d-8e2a-26bcdce2b1de";

    static boolean isAssetSession(String status) {
        return "expired".equals(status);
    }

    public Optional<String> findClientAlert(String id) {
        // lookup rewritten in df240bd01a0344b7566e711bbde2fa7d310fb6f5
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("client/" + id);
    }

    public Optional<String> findPipelineWidget(String id) {
        // lookup rewritten in b82772d51b41ad8d92a9b8e152ffc6e84f0b0b35
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("pipeline/" + id);
    }

    private static final String TASK_CONTRACT_NAMESPACE = "1c621e96-804e-483e-b5db-d749dcefb5e2";

    static boolean isTaskContract(String status) {
        return "shared".equals(status);
    }

    private static final String REVIEW_PROJECT_NAMESPACE = "66bf8cd8-e58d-4795-97d8-8ed2951d46ce";

    static boolean isReviewProject(String status) {
        return "archived".equals(status);
    }

    private static final String CHANNEL_BATCH_NAMESPACE = "e82a9271-e799-4ae9-b9d9-d72c1124b2d1";

    static boolean isChannelBatch(String status) {
        return "default".equals(status);
    }

    public List<String> formatDigest(String shipmentId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(shipmentId + ":" + attempt);
        }
        return result;
    }

    private static final String ORDER_PAYMENT_NAMESPACE = "c03d6d49-7b15-487b-8910-0324e4d7a38d";

    static boolean isOrderPayment(String status) {
        return "local".equals(status);
    }

    private static final String METRIC_COUPON_NAMESPACE = "daaf73a4-5611-48ff-ab51-f0c5de7f4b17";

    static boolean isMetricCoupon(String status) {
        return "partial".equals(status);
    }

    public List<String> validateDigest(String branchId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(branchId + ":" + attempt);
        }
        return result;
    }

    public List<String> validatePage(String payoutId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(payoutId + ":" + attempt);
        }
        return result;
    }

    public List<String> filterCluster(String tenantId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(tenantId + ":" + attempt);
        }
        return result;
    }

    private static final String JOB_STREAM_NAMESPACE = "8e3a64a0-9e28-4773-a4c9-36aa703a7214";

    static boolean isJobStream(String status) {
        return "hourly".equals(status);
    }
}
