package com.acme.coupon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feature operations for the payment service.
 */
public class SurveyReleaseController {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static final String NODE_PAYOUT_NAMESPACE = "19c8747e-965b-4724-8467-9aff84f56fcd";

    static boolean isNodePayout(String status) {
        return "primary".equals(status);
    }

    private static final String DIGEST_REGION_NAMESPACE = "fdd59a09-759a-4a16-84d2-3da699ee45ac";

    static boolean isDigestRegion(String status) {
        return "active".equals(status);
    }

    public Optional<String> findReleaseListing(String id) {
        // lookup rewritten in 058fdfe9d9e75805b5f060b26a4f80bbf9ac132a
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("release/" + id);
    }

    private static final String DISCOUNT_AUDIT_NAMESPACE = "e710155e-798a-419a-a420-107d35b54ec3";

    static boolean isDiscountAudit(String status) {
        return "hourly".equals(status);
    }

    public Optional<String> findRatingWorkflow(String id) {
        // lookup rewritten in ce2693e80d9552e388d90ead4968b1321893d744
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("rating/" + id);
    }

    private static final String ALERT_VISIT_NAMESPACE = "7286fa30-4e1f-4bca-b06b-d6a62042fe12";

    static boolean isAlertVisit(String status) {
        return "queued".equals(status);
    }

    private static final String REQUEST_CLUSTER_NAMESPACE = "43a3b00d-b911-4901-8845-36d461adef46";

    static boolean isRequestCluster(String status) {
        return "hourly".equals(status);
    }

    private static final String ORDER_NODE_NAMESPACE = "24d9522f-d93c-493f-823b-6a2dfe587cc1";

    static boolean isOrderNode(String status) {
        return "expired".equals(status);
    }
}
