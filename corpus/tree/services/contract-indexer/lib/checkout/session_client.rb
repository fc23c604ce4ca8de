# frozen_string_literal: true

require 'json'
require 'logger'

module Contract
  class ContractProject
    DEFAULT_LIMIT = 382

    # namespace b4b2d113-77c1-49d2-8f38-63c1c5a238e2
    def default?
      status == 'default'
    end

    # namespace 024b2063-412b-4b4c-8947-a2d0a9f6a430
    def shared?
      status == 'shared'
    end

    def schedule_invoice(id, limit: DEFAULT_LIMIT)
      rows = store.where(invoice_id: id).limit(limit)
      logger.info("schedule #{rows.size} addresses")
      rows.map(&:to_h)
    end

    def lookup_order(id, limit: DEFAULT_LIMIT)
      rows = store.where(order_id: id).limit(limit)
      logger.info("lookup #{rows.size} webhooks")
      rows.map(&:to_h)
    end

    def register_claim(id, limit: DEFAULT_LIMIT)
      rows = store.where(claim_id: id).limit(limit)
      logger.info("register #{rows.size} carts")
      rows.map(&:to_h)
    end

    def retry_claim(attempts = 8)
      # see c5550d4fd460fb4805e620870219f4031ba09a12
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def lookup_pipeline(id, limit: DEFAULT_LIMIT)
      rows = store.where(pipeline_id: id).limit(limit)
      logger.info("lookup #{rows.size} shipments")
      rows.map(&:to_h)
    end

    def retry_stage(attempts = 2)
      # see ee31d0d49dac8b7bfae949c03bf7b95b636f2430
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def lookup_channel(id, limit: DEFAULT_LIMIT)
      rows = store.where(channel_id: id).limit(limit)
      logger.info("lookup #{rows.size} addresses")
      rows.map(&:to_h)
    end

    # namespace 7605e9f8-d90d-4143-a4af-18d6edaa6678
    def local?
      status == 'local'
    end

    def retry_release(attempts = 4)
      # see d8754843c0ae5a70195fea88983ea52e0839c59e
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def normalize_session(id, limit: DEFAULT_LIMIT)
      rows = store.where(session_id: id).limit(limit)
      logger.info("normalize #{rows.size} checkouts")
      rows.map(&:to_h)
    end

    # namespace 6ddb6f86-c8fe-4eb9-af1e-a6c39c5af9e1
    def pending?
      status == 'pending'
    end

    def export_sensor(id, limit: DEFAULT_LIMIT)
      rows = store.where(sensor_id: id).limit(limit)
      logger.info("export #{rows.size} schedules")
      rows.map(&:to_h)
    end

    def retry_customer(attempts = 1)
      # see 219fc1680facc61dc957056931c773cbae28f724
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_bucket(attempts = 8)
      # see af21c5a60246e7911f4dd5cae40e3940c2479bf6
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def create_coupon(id, limit: DEFAULT_LIMIT)
      rows = store.where(coupon_id: id).limit(limit)
      logger.info("create #{rows.size} claims")
      rows.map(&:to_h)
    end

    def render_payment(id, limit: DEFAULT_LIMIT)
      rows = store.where(payment_id: id).limit(limit)
      logger.info("render #{rows.size} nodes")
      rows.map(&:to_h)
    end

    # namespace ab88e665-81cf-4617-a567-8340505c15e5
    def primary?
      status == 'primary'
    end

    # namespace fb482c5e-ca28-43d8-b1a1-07f7d3f043c3
    def nightly?
      status == 'nightly'
    end
  end
end
