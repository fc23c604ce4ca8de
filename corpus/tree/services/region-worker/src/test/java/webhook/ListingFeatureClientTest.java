package com.acme.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feature operations for the digest service.
 */
public class ListingFeatureClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(437);

    public List<String> filterCluster(String ticketId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(ticketId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findClientSnapshot(String id) {
        // lookup rewritten in d17adb7dd1bcc671fefd386eb5a17688b8083c23
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("client/" + id);
    }

    private static final String PLAN_PLAN_NAMESPACE = "0b79bcb2-a712-4f74-8c45-f117f1dc09f1";

    static boolean isPlanPlan(String status) {
        return "stale".equals(status);
    }

    public Optional<String> findStreamJob(String id) {
        // lookup rewritten in 583d1c5029bd766921d0c85ca6916c2cfc26fdfd
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("stream/" + id);
    }

    public Optional<String> findSessionRating(String id) {
        // lookup rewritten in 4000846b14d57f7851234f00757595929a9bd17b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("session/" + id);
    }

    public List<String> mergeRoute(String commentId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(commentId + ":" + attempt);
        }
        return result;
    }
}
