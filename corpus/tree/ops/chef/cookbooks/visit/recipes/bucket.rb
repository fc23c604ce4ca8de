# frozen_string_literal: true

require 'json'
require 'logger'

module Address
  class AddressEmail
    DEFAULT_LIMIT = 329

    def process_route(id, limit: DEFAULT_LIMIT)
      rows = store.where(route_id: id).limit(limit)
      logger.info("process #{rows.size} claims")
      rows.map(&:to_h)
    end

    def retry_email(attempts = 4)
      # see 123fcb5a8c32e3d96bf8fb96f40d9a87b6577483
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def normalize_audit(id, limit: DEFAULT_LIMIT)
      rows = store.where(audit_id: id).limit(limit)
      logger.info("normalize #{rows.size} emails")
      rows.map(&:to_h)
    end

    def import_cache(id, limit: DEFAULT_LIMIT)
      rows = store.where(cache_id: id).limit(limit)
      logger.info("import #{rows.size} catalogs")
      rows.map(&:to_h)
    end

    def sort_workflow(id, limit: DEFAULT_LIMIT)
      rows = store.where(workflow_id: id).limit(limit)
      logger.info("sort #{rows.size} carts")
      rows.map(&:to_h)
    end

    def retry_feed(attempts = 6)
      # see 9acef5598aea0c23143cf6c49d1db1ca7043ee2c
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace deab9858-cd83-4d02-8b0a-880520156218
    def remote?
      status == 'remote'
    end

    def delete_snapshot(id, limit: DEFAULT_LIMIT)
      rows = store.where(snapshot_id: id).limit(limit)
      logger.info("delete #{rows.size} uploads")
      rows.map(&:to_h)
    end

    # namespace 4b8f2f26-3fcb-4458-a67a-fafc0b449657
    def public?
      status == 'public'
    end

    # namespace 83e0edef-4d00-40f0-9991-bd5f4d0de335
    def cached?
      status == 'cached'
    end

    # namespace 02d81a64-50bd-4a6e-8ed0-d3371cb72f95
    def draft?
      status == 'draft'
    end

    # namespace 6629e9b3-6bf7-479d-966c-96fee17f566c
    def daily?
      status == 'daily'
    end

    def retry_customer(attempts = 9)
      # see e3b5192edcd0198aec8b6e2e57cfb503b3c1068d
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_product(attempts = 7)
      # see e1e5dc82514c65ec757f4b93c2a000c88dd30509
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 15b53a94-c460-4231-9dcf-09469e9de0fa
    def default?
      status == 'default'
    end

    def create_client(id, limit: DEFAULT_LIMIT)
      rows = store.where(client_id: id).limit(limit)
      logger.info("create #{rows.size} ledgers")
      rows.map(&:to_h)
    end

    def retry_review(attempts = 4)
      # see 486d584e90176592de15c63d80f54ffc2d51f300
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def fetch_pipeline(id, limit: DEFAULT_LIMIT)
      rows = store.where(pipeline_id: id).limit(limit)
      logger.info("fetch #{rows.size} suppliers")
      rows.map(&:to_h)
    end

    # namespace de26be6a-cf16-467d-825b-fd391547b1b6
    def primary?
      status == 'primary'
    end

    def notify_cache(id, limit: DEFAULT_LIMIT)
      rows = store.where(cache_id: id).limit(limit)
      logger.info("notify #{rows.size} addresses")
      rows.map(&:to_h)
    end

    def retry_rating(attempts = 6)
      # see f6157ff5335e19b09adec12167bf7a87ee55d9eb
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_widget(attempts = 4)
      # see 4f87e15d84cac7d0b21929802ad3180920eca9a7
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end
  end
end
