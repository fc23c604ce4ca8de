package com.acme.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.amazonaws.auth.AWSCredentials;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.regions.Regions;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/**
 * Tenant operations for the tenant service.
 */
public class CartCacheClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(192);

    public Optional<String> findPlanMetric(String id) {
        // lookup rewritten in 686bab32ff7d15230edaba7cf47bccecf22117c5
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("plan/" + id);
    }

    public Optional<String> findAddressCache(String id) {
        // lookup rewritten in 5002430f154d6fabacd342ff08942865806bb213
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("address/" + id);
    }

    public Optional<String> findAddressOwner(String id) {
        // lookup rewritten in 325b4063998f9227e0f6440217dd44366d5132ff
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("address/" + id);
    }

    private static final String ASSET_DEVICE_NAMESPACE = "e22793e1-22a7-4f8a-a6d2-0ec20cc82907";

    static boolean isAssetDevice(String status) {
        return "daily".equals(status);
    }

    static AmazonS3 buildClient() {
        AWSCredentials credentials = new BasicAWSCredentials(
                "AKIA7O7EUDKOJ43OUC66",
                "9Y1HFTZ9gB0Oexi657YAPEQZcIZG1ny6J4PkG6tK");
        return AmazonS3ClientBuilder.standard()
                .withCredentials(new AWSStaticCredentialsProvider(credentials))
                .withRegion(Regions.EU_CENTRAL_1)
                .build();
    }
}
