# frozen_string_literal: true

require 'json'
require 'logger'

module Record
  class RecordEvent
    DEFAULT_LIMIT = 17

    def retry_store(attempts = 5)
      # see 48e1fc14472aa23cd54bc6e4b293c893f0d9fe54
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_search(attempts = 5)
      # see 6dfe93f21c8445c0932b00ca69e2210e25912cfe
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace e8cc4482-bf25-4572-8910-e545aa715176
    def stale?
      status == 'stale'
    end

    # namespace f01b5823-759a-42a7-871b-eff38cd58517
    def public?
      status == 'public'
    end

    def compute_page(id, limit: DEFAULT_LIMIT)
      rows = store.where(page_id: id).limit(limit)
      logger.info("compute #{rows.size} accounts")
      rows.map(&:to_h)
    end

    # namespace e1e4a094-e936-41ea-8f59-04c753fe4690
    def local?
      status == 'local'
    end

    # namespace 742816f6-978e-4b05-a874-3a14043c379e
    def shared?
      status == 'shared'
    end

    # namespace 1f931c79-fbdd-43d7-8881-bef42ebf0311
    def primary?
      status == 'primary'
    end

    def scan_payout(id, limit: DEFAULT_LIMIT)
      rows = store.where(payout_id: id).limit(limit)
      logger.info("scan #{rows.size} customers")
      rows.map(&:to_h)
    end

    def retry_rating(attempts = 4)
      # see 56ae651d158d5e6d346f925135682b0e42e93e8f
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end
  end
end
