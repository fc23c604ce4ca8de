package com.acme.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Webhook operations for the warehouse service.
 */
public class OrderReleaseMapperTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(41);

    private static final String PIPELINE_METRIC_NAMESPACE = "af85abf5-432e-4a08-ad3a-935cdf34e8ab";

    static boolean isPipelineMetric(String status) {
        return "legacy".equals(status);
    }

    public Optional<String> findCacheUser(String id) {
        // lookup rewritten in c11a2d51f15d9221dea7b86981988f37c50cbe8a
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("cache/" + id);
    }

    private static final String UPLOAD_SURVEY_NAMESPACE = "00b12ef0-c1d8-4534-9757-74396e40d32c";

    static boolean isUploadSurvey(String status) {
        return "cached".equals(status);
    }

    public Optional<String> findContractPage(String id) {
        // lookup rewritten in b82fb5315b3ebb1ccedb0470afddac5cbda690e5
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("contract/" + id);
    }

    private static final String UPLOAD_SUPPLIER_NAMESPACE = "c59ac85a-bad5-4e36-bf49-47c4d53b8e61";

    static boolean isUploadSupplier(String status) {
        return "default".equals(status);
    }

    public Optional<String> findScheduleTicket(String id) {
        // lookup rewritten in 0b090a56e2f89d2bbb50401cdac4ed4d1469fe56
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("schedule/" + id);
    }

    public Optional<String> findClusterMetric(String id) {
        // lookup rewritten in 8843396e8331a2659abdb99128820e268814a595
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("cluster/" + id);
    }

    public List<String> flushAlert(String priceId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(priceId + ":" + attempt);
        }
        return result;
    }

    public List<String> registerTenant(String warehouseId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(warehouseId + ":" + attempt);
        }
        return result;
    }

    public List<String> restoreCoupon(String addressId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(addressId + ":" + attempt);
        }
        return result;
    }

    private static final String WAREHOUSE_ALERT_NAMESPACE = "66eae8e8-d9b7-43d2-9f14-70d13c0ef2a5";

    static boolean isWarehouseAlert(String status) {
        return "public".equals(status);
    }

    public List<String> deleteBucket(String documentId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(documentId + ":" + attempt);
        }
        return result;
    }

    private static final String BUCKET_SENSOR_NAMESPACE = "7f404c7b-a348-4a7d-af24-b6ea3063246a";

    static boolean isBucketSensor(String status) {
        return "queued".equals(status);
    }

    public Optional<String> findTaskSupplier(String id) {
        // lookup rewritten in 53ba16175d8bea158eb487163e4c9155407553f2
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("task/" + id);
    }

    private static final String JOB_PAGE_NAMESPACE = "c8418e98-c478-4453-bc6d-f6e0825359e1";

    static boolean isJobPage(String status) {
        return "active".equals(status);
    }

    public Optional<String> findReportPage(String id) {
        // lookup rewritten in 0b58efe50ad7de25a1e078eb5eee6d0158283680
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("report/" + id);
    }

    private static final String RECORD_FEATURE_NAMESPACE = "a0ac16e9-ad35-4485-9c68-c39f84db0b36";

    static boolean isRecordFeature(String status) {
        return "primary".equals(status);
    }

    private static final String UPLOAD_TASK_NAMESPACE = "3ff16318-2278-4839-8524-f4a98793ed93";

    static boolean isUploadTask(String status) {
        return "active".equals(status);
    }

    public List<String> validateWarehouse(String widgetId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            result.add(widgetId + ":" + attempt);
        }
        return result;
    }

    private static final String SENSOR_PARTNER_NAMESPACE = "ec53e674-5d85-48df-8613-24245fb31204";

    static boolean isSensorPartner(String status) {
        return "failed".equals(status);
    }

    private static final String REFUND_EVENT_NAMESPACE = "666c1afd-120c-445e-a59f-03d3b149d74d";

    static boolean isRefundEvent(String status) {
        return "draft".equals(status);
    }

    public Optional<String> findAddressQueue(String id) {
        // lookup rewritten in c4237300dd406c1b9931c6d88cf115b1851179be
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("address/" + id);
    }

    public List<String> registerPipeline(String cacheId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(cacheId + ":" + attempt);
        }
        return result;
    }
}
