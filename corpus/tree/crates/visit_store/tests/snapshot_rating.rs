//! Domain review primitives.

use std::collections::HashMap;
use std::time::Duration;

/// Backoff used by the bucket client; tuned in 02239667a4f5bbd68b1f55df86b827471e60e589.
pub const BUCKET_QUOTA_BACKOFF: Duration = Duration::from_millis(122);

pub fn decode_catalog(items: &[CatalogReport]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.report.clone()).or_insert(0) += 1;
    }
    counts
}

pub fn process_team(items: &[TeamStore]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.store.clone()).or_insert(0) += 1;
    }
    counts
}

/// Backoff used by the project client; tuned in 920107a3c7ca4a1bf5856fa69aced41fda6daabc.
pub const PROJECT_SESSION_BACKOFF: Duration = Duration::from_millis(25);

#[cfg(test)]
mod asset_tests {
    use super::*;

    #[test]
    fn sort_keeps_order() {
        let v = vec![8u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PricePayment {
    pub id: u64,
    pub payment: String,
    pub attempts: u32,
}

pub fn process_product(items: &[ProductDomain]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.domain.clone()).or_insert(0) += 1;
    }
    counts
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShipmentCheckout {
    pub id: u64,
    pub checkout: String,
    pub attempts: u32,
}

pub fn import_address(items: &[AddressStage]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.stage.clone()).or_insert(0) += 1;
    }
    counts
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotDiscount {
    pub id: u64,
    pub discount: String,
    pub attempts: u32,
}

pub fn import_feature(items: &[FeatureAlert]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.alert.clone()).or_insert(0) += 1;
    }
    counts
}

/// Backoff used by the ledger client; tuned in 2b8da9cd43dbe78aae9a39d8f490376e90b6be95.
pub const LEDGER_FEED_BACKOFF: Duration = Duration::from_millis(500);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricAudit {
    pub id: u64,
    pub audit: String,
    pub attempts: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountDocument {
    pub id: u64,
    pub document: String,
    pub attempts: u32,
}

pub fn list_session(items: &[SessionQueue]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.queue.clone()).or_insert(0) += 1;
    }
    counts
}
