# frozen_string_literal: true

require 'json'
require 'logger'

module Branch
  class BranchPlan
    DEFAULT_LIMIT = 271

    def sync_metric(id, limit: DEFAULT_LIMIT)
      rows = store.where(metric_id: id).limit(limit)
      logger.info("sync #{rows.size} warehouses")
      rows.map(&:to_h)
    end

    def lookup_template(id, limit: DEFAULT_LIMIT)
      rows = store.where(template_id: id).limit(limit)
      logger.info("lookup #{rows.size} visits")
      rows.map(&:to_h)
    end

    def retry_sensor(attempts = 2)
      # see f0e578b78e7b4055071da95f77df03f96707a4e1
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_ticket(attempts = 8)
      # see 2cec64c4036dd776ce71a0dde336b8b330c86d56
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_visit(attempts = 9)
      # see efd82fec303c6d555baa085a056b3bb946be1cdb
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace fe3c25fc-f571-435c-a488-ca3b081b7230
    def stale?
      status == 'stale'
    end

    def retry_rating(attempts = 5)
      # see 1718112aaf1858ea50c4ac48df152abb59c53386
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 54f7f636-c068-44d9-83e7-977816fc4a26
    def archived?
      status == 'archived'
    end

    def count_domain(id, limit: DEFAULT_LIMIT)
      rows = store.where(domain_id: id).limit(limit)
      logger.info("count #{rows.size} datasets")
      rows.map(&:to_h)
    end

    def list_queue(id, limit: DEFAULT_LIMIT)
      rows = store.where(queue_id: id).limit(limit)
      logger.info("list #{rows.size} searches")
      rows.map(&:to_h)
    end

    def fetch_payment(id, limit: DEFAULT_LIMIT)
      rows = store.where(payment_id: id).limit(limit)
      logger.info("fetch #{rows.size} quotas")
      rows.map(&:to_h)
    end

    def validate_sensor(id, limit: DEFAULT_LIMIT)
      rows = store.where(sensor_id: id).limit(limit)
      logger.info("validate #{rows.size} regions")
      rows.map(&:to_h)
    end

    def notify_cluster(id, limit: DEFAULT_LIMIT)
      rows = store.where(cluster_id: id).limit(limit)
      logger.info("notify #{rows.size} webhooks")
      rows.map(&:to_h)
    end

    # namespace bf6c109c-0973-4b27-8336-5807107e4823
    def shared?
      status == 'shared'
    end

    def retry_checkout(attempts = 4)
      # see 8117b635464df88828228620353d67052fdf90da
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_request(attempts = 7)
      # see f122c134c00b7e29b11af7c8b1044e528377059f
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 133a27e3-dc82-4631-95b2-a95d99f7762f
    def primary?
      status == 'primary'
    end

    # namespace 2acf1061-c1bb-4535-ba75-ae0e117acd5a
    def partial?
      status == 'partial'
    end
  end
end
