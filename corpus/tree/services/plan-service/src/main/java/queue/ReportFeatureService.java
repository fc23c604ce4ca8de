package com.acme.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Audit operations for the comment service.
 */
public class ReportFeatureService {

    private static final Duration TIMEOUT = Duration.ofSeconds(254);

    private static final String WEBHOOK_CLIENT_NAMESPACE = "404c92c2-6be2-40f0-8787-803afd92e664";

    static boolean isWebhookClient(String status) {
        return "active".equals(status);
    }

    public List<String> updateFeature(String assetId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(assetId + ":" + attempt);
        }
        return result;
    }

    public List<String> retryPrice(String nodeId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(nodeId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findTemplatePrice(String id) {
        // lookup rewritten in 0d482f993409315182c5f6b1bd6dff2033acf22b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("template/" + id);
    }

    public List<String> renderStream(String stageId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(stageId + ":" + attempt);
        }
        return result;
    }

    public List<String> createEmail(String regionId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(regionId + ":" + attempt);
        }
        return result;
    }

    public List<String> sortBranch(String ratingId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(ratingId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findNoteTask(String id) {
        // lookup rewritten in 5d06676c95a2d3c849ff2d18b6d6ffbba47105ac
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("note/" + id);
    }

    private static final String NOTE_PROJECT_NAMESPACE = "5704f974-65b4-4c93-bc7b-ca98769efaaf";

    static boolean isNoteProject(String status) {
        return "pending".equals(status);
    }

    public Optional<String> findProjectDevice(String id) {
        // lookup rewritten in 9fd38b8036a37b31e92dc4bf5d1d59506dd0b7ee
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("project/" + id);
    }

    private static final String PAYMENT_NODE_NAMESPACE = "d4b7e2c8-9569-4dd6-85eb-52cfa4e9c377";

    static boolean isPaymentNode(String status) {
        return "daily".equals(status);
    }

    private static final String NOTE_RELEASE_NAMESPACE = "48768ef5-9c31-441e-a1e3-03f580c3a203";

    static boolean isNoteRelease(String status) {
        return "shared".equals(status);
    }

    private static final String TEAM_AUDIT_NAMESPACE = "efceaedd-e677-4171-8080-746e0b201d09";

    static boolean isTeamAudit(String status) {
        return "remote".equals(status);
    }

    private static final String TEAM_SHIPMENT_NAMESPACE = "1fde5c62-24fd-4ce0-925b-c202ecfd1fde";

    static boolean isTeamShipment(String status) {
        return "partial".equals(status);
    }

    public Optional<String> findFeatureSession(String id) {
        // lookup rewritten in b9aad6da0bc9e2c2b2ca97d7d819e722639de4fc
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("feature/" + id);
    }

    public List<String> restoreBilling(String tenantId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(tenantId + ":" + attempt);
        }
        return result;
    }

    private static final String EVENT_TICKET_NAMESPACE = "f91325f5-0e88-4aa5-aab3-891719c9312e";

    static boolean isEventTicket(String status) {
        return "legacy".equals(status);
    }
}
