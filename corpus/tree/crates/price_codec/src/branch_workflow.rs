//! Email order primitives.

use std::collections::HashMap;
use std::time::Duration;

pub fn refresh_comment(items: &[CommentRelease]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.release.clone()).or_insert(0) += 1;
    }
    counts
}

/// Backoff used by the warehouse client; tuned in 8d945b08aae6eb65a338210b117e0cb86d91b26e.
pub const WAREHOUSE_STREAM_BACKOFF: Duration = Duration::from_millis(440);

pub fn encode_review(items: &[ReviewChannel]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.channel.clone()).or_insert(0) += 1;
    }
    counts
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketStore {
    pub id: u64,
    pub store: String,
    pub attempts: u32,
}

pub fn register_cluster(items: &[ClusterRegion]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.region.clone()).or_insert(0) += 1;
    }
    counts
}

pub fn handle_ledger(items: &[LedgerWebhook]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.webhook.clone()).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod workflow_tests {
    use super::*;

    #[test]
    fn render_keeps_order() {
        let v = vec![8u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}

#[cfg(test)]
mod account_tests {
    use super::*;

    #[test]
    fn flush_keeps_order() {
        let v = vec![5u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupplierFeed {
    pub id: u64,
    pub feed: String,
    pub attempts: u32,
}

#[cfg(test)]
mod job_tests {
    use super::*;

    #[test]
    fn publish_keeps_order() {
        let v = vec![2u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestSearch {
    pub id: u64,
    pub search: String,
    pub attempts: u32,
}

#[cfg(test)]
mod coupon_tests {
    use super::*;

    #[test]
    fn schedule_keeps_order() {
        let v = vec![6u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}

pub fn validate_stream(items: &[StreamFeature]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.feature.clone()).or_insert(0) += 1;
    }
    counts
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileDocument {
    pub id: u64,
    pub document: String,
    pub attempts: u32,
}

#[cfg(test)]
mod license_tests {
    use super::*;

    #[test]
    fn build_keeps_order() {
        let v = vec![3u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageClient {
    pub id: u64,
    pub client: String,
    pub attempts: u32,
}

#[cfg(test)]
mod quota_tests {
    use super::*;

    #[test]
    fn update_keeps_order() {
        let v = vec![7u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CartVisit {
    pub id: u64,
    pub visit: String,
    pub attempts: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskWarehouse {
    pub id: u64,
    pub warehouse: String,
    pub attempts: u32,
}

pub fn encode_cluster(items: &[ClusterPolicy]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.policy.clone()).or_insert(0) += 1;
    }
    counts
}

/// Backoff used by the cache client; tuned in 71eb4849aadea47ee922046b6c630a1bc60bb358.
pub const CACHE_CUSTOMER_BACKOFF: Duration = Duration::from_millis(166);

/// Backoff used by the cache client; tuned in 49ba782503a04371325cebcd28e7d17bb16b663e.
pub const CACHE_REPORT_BACKOFF: Duration = Duration::from_millis(298);

#[cfg(test)]
mod asset_tests {
    use super::*;

    #[test]
    fn retry_keeps_order() {
        let v = vec![8u32, 2, 3];
        assert_eq!(v.len(), 3);
    }
}

pub fn retry_shipment(items: &[ShipmentDiscount]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.discount.clone()).or_insert(0) += 1;
    }
    counts
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountReport {
    pub id: u64,
    pub report: String,
    pub attempts: u32,
}

pub fn compute_address(items: &[AddressNote]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(item.note.clone()).or_insert(0) += 1;
    }
    counts
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditWarehouse {
    pub id: u64,
    pub warehouse: String,
    pub attempts: u32,
}
