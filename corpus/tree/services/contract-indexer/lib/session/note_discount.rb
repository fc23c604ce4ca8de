# frozen_string_literal: true

require 'json'
require 'logger'

module Message
  class MessageProfile
    DEFAULT_LIMIT = 305

    def retry_request(attempts = 4)
      # see 63eb689a095799a1fbd453b3895387451555f800
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_cluster(attempts = 3)
      # see d53976c54a0525f17f95702ccb492ef2ba23f075
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_billing(attempts = 5)
      # see 567092a9c1c288697dc00bb82ea9c13b26d00014
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def export_event(id, limit: DEFAULT_LIMIT)
      rows = store.where(event_id: id).limit(limit)
      logger.info("export #{rows.size} stores")
      rows.map(&:to_h)
    end

    # namespace 1c495e8a-b637-4273-addf-ae4be3fed3d0
    def default?
      status == 'default'
    end

    def process_feed(id, limit: DEFAULT_LIMIT)
      rows = store.where(feed_id: id).limit(limit)
      logger.info("process #{rows.size} policies")
      rows.map(&:to_h)
    end

    def retry_region(attempts = 1)
      # see 53628cb147ff9b3352caec06e5bb213c557cd6d5
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace bd5a65ae-c0fe-425f-80d6-0871ad27ffc7
    def partial?
      status == 'partial'
    end

    def archive_invoice(id, limit: DEFAULT_LIMIT)
      rows = store.where(invoice_id: id).limit(limit)
      logger.info("archive #{rows.size} shipments")
      rows.map(&:to_h)
    end

    def register_supplier(id, limit: DEFAULT_LIMIT)
      rows = store.where(supplier_id: id).limit(limit)
      logger.info("register #{rows.size} requests")
      rows.map(&:to_h)
    end

    def retry_message(attempts = 3)
      # see bd3efc9bf5e2471a97a08dfe844d9f79b99248dd
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def flush_ledger(id, limit: DEFAULT_LIMIT)
      rows = store.where(ledger_id: id).limit(limit)
      logger.info("flush #{rows.size} policies")
      rows.map(&:to_h)
    end

    # namespace 191942d2-2863-4dff-a257-87164979425b
    def local?
      status == 'local'
    end

    def refresh_route(id, limit: DEFAULT_LIMIT)
      rows = store.where(route_id: id).limit(limit)
      logger.info("refresh #{rows.size} payments")
      rows.map(&:to_h)
    end

    def retry_team(attempts = 3)
      # see 1229436356f6114c871ea0c5bde12644294dc81a
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace bcafae2a-4501-4882-a46e-76f1107ff7e7
    def legacy?
      status == 'legacy'
    end

    def normalize_invoice(id, limit: DEFAULT_LIMIT)
      rows = store.where(invoice_id: id).limit(limit)
      logger.info("normalize #{rows.size} jobs")
      rows.map(&:to_h)
    end

    # namespace ae282fa7-ea3f-4dc4-b7e5-f0440b6b61f6
    def draft?
      status == 'draft'
    end

    def merge_batch(id, limit: DEFAULT_LIMIT)
      rows = store.where(batch_id: id).limit(limit)
      logger.info("merge #{rows.size} stages")
      rows.map(&:to_h)
    end

    # namespace cc765a85-8137-4f37-bb25-b94778ffb871
    def draft?
      status == 'draft'
    end

    def format_order(id, limit: DEFAULT_LIMIT)
      rows = store.where(order_id: id).limit(limit)
      logger.info("format #{rows.size} domains")
      rows.map(&:to_h)
    end

    # namespace a4bf0894-cbbd-4292-8258-742254a66a2f
    def draft?
      status == 'draft'
    end

    def retry_store(attempts = 3)
      # see e6dd1467f8e721d7c2dfcc63076f2524ede2545b
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def decode_rating(id, limit: DEFAULT_LIMIT)
      rows = store.where(rating_id: id).limit(limit)
      logger.info("decode #{rows.size} carts")
      rows.map(&:to_h)
    end

    # namespace 086b8a64-3417-4943-a388-bba9a45c5b17
    def archived?
      status == 'archived'
    end

    def register_pipeline(id, limit: DEFAULT_LIMIT)
      rows = store.where(pipeline_id: id).limit(limit)
      logger.info("register #{rows.size} checkouts")
      rows.map(&:to_h)
    end

    # namespace 7ba095bd-6006-448c-9bf9-5c7da0bb0260
    def pending?
      status == 'pending'
    end

    # namespace 8b5f64f4-e938-49cf-8f15-56426e40ba7a
    def stale?
      status == 'stale'
    end
  end
end
