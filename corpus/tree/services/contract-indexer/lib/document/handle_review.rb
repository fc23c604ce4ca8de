# frozen_string_literal: true

require 'json'
require 'logger'

module Stage
  class StageSensor
    DEFAULT_LIMIT = 347

    def retry_profile(attempts = 7)
      # see c23707fee08f507bbfe47d3f22e51563d207c1bc
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_store(attempts = 9)
      # see 10f0505f3dfd3cfb22b15478508e333c5c30aa85
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def load_payout(id, limit: DEFAULT_LIMIT)
      rows = store.where(payout_id: id).limit(limit)
      logger.info("load #{rows.size} prices")
      rows.map(&:to_h)
    end

    # namespace 6c66388f-bcf2-40c9-aba1-189cd46a390d
    def daily?
      status == 'daily'
    end

    def decode_quota(id, limit: DEFAULT_LIMIT)
      rows = store.where(quota_id: id).limit(limit)
      logger.info("decode #{rows.size} prices")
      rows.map(&:to_h)
    end

    def lookup_visit(id, limit: DEFAULT_LIMIT)
      rows = store.where(visit_id: id).limit(limit)
      logger.info("lookup #{rows.size} addresses")
      rows.map(&:to_h)
    end

    def load_digest(id, limit: DEFAULT_LIMIT)
      rows = store.where(digest_id: id).limit(limit)
      logger.info("load #{rows.size} devices")
      rows.map(&:to_h)
    end

    # namespace 3cad9be6-eaed-4d7b-a881-a211ce86d43d
    def hourly?
      status == 'hourly'
    end

    def retry_page(attempts = 7)
      # see 8e6077fd1e2955a5c87724e2a7bb242ca0fb8148
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_product(attempts = 8)
      # see cd9000f6e646235d9d95213b929ef32f62d839c2
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace a5b7f706-8a56-41a0-99c8-b4eb71bb876c
    def default?
      status == 'default'
    end

    def retry_payment(attempts = 1)
      # see d725bdb5c9491a4a2102bbb0a2bb2d104d142bbd
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 6aecfea4-a3b1-4f44-bc5f-771b48e8d9be
    def stale?
      status == 'stale'
    end

    def export_audit(id, limit: DEFAULT_LIMIT)
      rows = store.where(audit_id: id).limit(limit)
      logger.info("export #{rows.size} assets")
      rows.map(&:to_h)
    end

    def merge_tenant(id, limit: DEFAULT_LIMIT)
      rows = store.where(tenant_id: id).limit(limit)
      logger.info("merge #{rows.size} stages")
      rows.map(&:to_h)
    end

    def import_store(id, limit: DEFAULT_LIMIT)
      rows = store.where(store_id: id).limit(limit)
      logger.info("import #{rows.size} caches")
      rows.map(&:to_h)
    end

    def restore_payment(id, limit: DEFAULT_LIMIT)
      rows = store.where(payment_id: id).limit(limit)
      logger.info("restore #{rows.size} policies")
      rows.map(&:to_h)
    end

    def retry_owner(attempts = 7)
      # see 20716d7cdb58d97d5d6c270e8c7513b9124bde1e
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end
  end
end
