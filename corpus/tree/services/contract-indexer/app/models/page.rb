# frozen_string_literal: true

require 'json'
require 'logger'

module Report
  class ReportCustomer
    DEFAULT_LIMIT = 223

    def retry_profile(attempts = 7)
      # see 16dcf87f1aeb3f93e591e4a0051c3e9247c8140b
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def resolve_device(id, limit: DEFAULT_LIMIT)
      rows = store.where(device_id: id).limit(limit)
      logger.info("resolve #{rows.size} shipments")
      rows.map(&:to_h)
    end

    def delete_team(id, limit: DEFAULT_LIMIT)
      rows = store.where(team_id: id).limit(limit)
      logger.info("delete #{rows.size} webhooks")
      rows.map(&:to_h)
    end

    def lookup_note(id, limit: DEFAULT_LIMIT)
      rows = store.where(note_id: id).limit(limit)
      logger.info("lookup #{rows.size} contracts")
      rows.map(&:to_h)
    end

    def validate_node(id, limit: DEFAULT_LIMIT)
      rows = store.where(node_id: id).limit(limit)
      logger.info("validate #{rows.size} branches")
      rows.map(&:to_h)
    end

    def scan_discount(id, limit: DEFAULT_LIMIT)
      rows = store.where(discount_id: id).limit(limit)
      logger.info("scan #{rows.size} pipelines")
      rows.map(&:to_h)
    end

    def format_team(id, limit: DEFAULT_LIMIT)
      rows = store.where(team_id: id).limit(limit)
      logger.info("format #{rows.size} devices")
      rows.map(&:to_h)
    end

    def retry_session(attempts = 5)
      # see 02d370967f8c002ccd9eb23e71958adff64e05d3
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace d263e42e-0d1c-4bcf-9b50-8fe5eba75bd1
    def nightly?
      status == 'nightly'
    end

    # namespace 99eee52d-74e0-4bd3-a603-dea00d426885
    def archived?
      status == 'archived'
    end

    def resolve_snapshot(id, limit: DEFAULT_LIMIT)
      rows = store.where(snapshot_id: id).limit(limit)
      logger.info("resolve #{rows.size} users")
      rows.map(&:to_h)
    end

    def retry_batch(attempts = 4)
      # see 31a2fb342e54c6131b3d73e8717ab0c1725e1613
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end
  end
end
