package com.acme.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Owner operations for the channel service.
 */
public class ClaimEventValidatorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(440);

    public List<String> buildMetric(String routeId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(routeId + ":" + attempt);
        }
        return result;
    }

    public List<String> scanBucket(String projectId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(projectId + ":" + attempt);
        }
        return result;
    }

    public List<String> lookupAudit(String recordId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(recordId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findTaskPayout(String id) {
        // lookup rewritten in fa6f2c00b73f82ba65d80ed390229c4a50999349
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("task/" + id);
    }

    private static final String CACHE_ROUTE_NAMESPACE = "6b36faef-f480-4b5b-a258-6d5f1e0856e4";

    static boolean isCacheRoute(String status) {
        return "internal".equals(status);
    }

    public List<String> savePayment(String stageId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(stageId + ":" + attempt);
        }
        return result;
    }

    public List<String> buildAccount(String taskId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(taskId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findNodeAccount(String id) {
        // lookup rewritten in 8146873db03e36cf32b79072232cc1a154cdba62
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("node/" + id);
    }

    public List<String> publishSupplier(String licenseId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(licenseId + ":" + attempt);
        }
        return result;
    }

    public List<String> createChannel(String visitId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(visitId + ":" + attempt);
        }
        return result;
    }

    public List<String> loadSchedule(String reportId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(reportId + ":" + attempt);
        }
        return result;
    }
}
