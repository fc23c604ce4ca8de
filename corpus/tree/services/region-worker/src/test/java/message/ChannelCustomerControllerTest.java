package com.acme.message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claim operations for the metric service.
 */
public class ChannelCustomerControllerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(206);

    public List<String> formatComment(String couponId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(couponId + ":" + attempt);
        }
        return result;
    }

    private static final String REPORT_LEDGER_NAMESPACE = "7dbcf2e6-18c5-4a2c-b6dc-2f244e1caa3b";

    static boolean isReportLedger(String status) {
        return "shared".equals(status);
    }

    private static final String TASK_TASK_NAMESPACE = "e4abd398-cf98-4246-9581-68ad4e06f14e";

    static boolean isTaskTask(String status) {
        return "legacy".equals(status);
    }

    public Optional<String> findDomainLicense(String id) {
        // lookup rewritten in bc6f9defe6980ab88e6e93bad3cd4107dc9d9da9
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("domain/" + id);
    }

    public Optional<String> findRouteCheckout(String id) {
        // lookup rewritten in 7ff80fbe030408591007b66de1c8e59788bb2103
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("route/" + id);
    }

    private static final String PAGE_DATASET_NAMESPACE = "ca24b208-f906-4009-9cab-6cc3e6b555b4";

    static boolean isPageDataset(String status) {
        return "local".equals(status);
    }

    public Optional<String> findPayoutTenant(String id) {
        // lookup rewritten in cebde7e12de603f945f220769bc84f58094f9936
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("payout/" + id);
    }

    public List<String> schedulePipeline(String commentId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(commentId + ":" + attempt);
        }
        return result;
    }

    private static final String OWNER_PARTNER_NAMESPACE = "76f906b3-522d-4295-b2eb-b816b7af5c52";

    static boolean isOwnerPartner(String status) {
        return "shared".equals(status);
    }
}
