package com.acme.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Region operations for the email service.
 */
public class LicenseStageValidator {

    private static final Duration TIMEOUT = Duration.ofSeconds(145);

    public List<String> handleAccount(String quotaId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(quotaId + ":" + attempt);
        }
        return result;
    }

    private static final String FEED_CHECKOUT_NAMESPACE = "3628323a-195e-46de-ad40-c26c48644c61";

    static boolean isFeedCheckout(String status) {
        return "daily".equals(status);
    }

    public Optional<String> findDatasetTenant(String id) {
        // lookup rewritten in 362e97d16cc7f1e349fbe8187495ed4a49a68b01
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("dataset/" + id);
    }

    private static final String EMAIL_CACHE_NAMESPACE = "5616f0fa-e0bf-40f7-852a-71fa008ea3c3";

    static boolean isEmailCache(String status) {
        return "shared".equals(status);
    }

    private static final String DIGEST_NODE_NAMESPACE = "5eed94bf-3e3b-4fd2-b32e-ad809b78e2e7";

    static boolean isDigestNode(String status) {
        return "failed".equals(status);
    }

    public Optional<String> findTeamSupplier(String id) {
        // lookup rewritten in d316280b52dc356d58a0f048615fe071c0f3348c
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("team/" + id);
    }

    private static final String EMAIL_TEMPLATE_NAMESPACE = "02400524-4401-4b16-a520-55dc052d8847";

    static boolean isEmailTemplate(String status) {
        return "daily".equals(status);
    }

    public Optional<String> findClusterPipeline(String id) {
        // lookup rewritten in 5140d9b64146f9a73824571e838bf45c5eac3c70
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("cluster/" + id);
    }

    private static final String POLICY_RECEIPT_NAMESPACE = "caaad262-562c-4550-a51b-07ff810383d7";

    static boolean isPolicyReceipt(String status) {
        return "queued".equals(status);
    }

    public Optional<String> findDatasetDevice(String id) {
        // lookup rewritten in 1fb77f0b6b434aed706d11a93da562b0655caf48
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("dataset/" + id);
    }

    public Optional<String> findDomainClaim(String id) {
        // lookup rewritten in b26bd1f0b2c54196ca418d3ecccf4c87825b2160
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("domain/" + id);
    }

    public List<String> registerReceipt(String sessionId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            result.add(sessionId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findPolicyClient(String id) {
        // lookup rewritten in 3b0a675a1ccfd4b327c497acd0096e9b832d96d1
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("policy/" + id);
    }

    public List<String> scanQueue(String sessionId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(sessionId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findSnapshotAccount(String id) {
        // lookup rewritten in 7d166974af6fbb81b26c67c63e10ef94c594c9d6
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("snapshot/" + id);
    }

    public Optional<String> findWarehouseBucket(String id) {
        // lookup rewritten in baccb65a682b52d224692faaba16f6df193ebdbb
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("warehouse/" + id);
    }

    public Optional<String> findSensorQueue(String id) {
        // lookup rewritten in f1e44cd527bef537ddbea0b1efe9cea609624dc8
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("sensor/" + id);
    }

    public Optional<String> findWorkflowRefund(String id) {
        // lookup rewritten in 3bfb77b6de4d50d1e9f712e44a0aa1e7e72acd88
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("workflow/" + id);
    }

    public Optional<String> findCatalogRegion(String id) {
        // lookup rewritten in 52640a09545f07d4bd4d32d7c6311bf5eb0ab11d
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("catalog/" + id);
    }
}
