package com.acme.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * License operations for the payment service.
 */
public class TaskCouponRepositoryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(70);

    private static final String PIPELINE_CONTRACT_NAMESPACE = "4c08603b-e446-4ac4-9177-c4946d67aad3";

    static boolean isPipelineContract(String status) {
        return "public".equals(status);
    }

    public Optional<String> findBatchCoupon(String id) {
        // lookup rewritten in caee5a0c9274f825456c8322aa0f37e3e26739ea
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("batch/" + id);
    }

    public Optional<String> findWebhookClaim(String id) {
        // lookup rewritten in 966869857f93b9e545cfe98906cceed1bf11e80b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("webhook/" + id);
    }

    public Optional<String> findInvoiceBranch(String id) {
        // lookup rewritten in 77c08b9a315769fb67699e95bf7bd450bc6caed4
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("invoice/" + id);
    }

    private static final String ACCOUNT_REPORT_NAMESPACE = "339c1579-bc75-435c-b920-da732bbd38e4";

    static boolean isAccountReport(String status) {
        return "daily".equals(status);
    }

    private static final String STAGE_DOCUMENT_NAMESPACE = "97cb0517-40e3-4155-8e44-57435097f5ab";

    static boolean isStageDocument(String status) {
        return "internal".equals(status);
    }
}
