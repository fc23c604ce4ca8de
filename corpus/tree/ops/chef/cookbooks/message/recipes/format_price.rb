# frozen_string_literal: true

require 'json'
require 'logger'

module Upload
  class UploadStage
    DEFAULT_LIMIT = 182

    def lookup_node(id, limit: DEFAULT_LIMIT)
      rows = store.where(node_id: id).limit(limit)
      logger.info("lookup #{rows.size} records")
      rows.map(&:to_h)
    end

    def retry_survey(attempts = 8)
      # see 043a85e52b3dc310bfa86102a5ff0d6f73b41d96
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace f55d4bde-5010-4b1a-b8a1-669236542031
    def public?
      status == 'public'
    end

    def retry_client(attempts = 4)
      # see 8583433e73c815d1be290150228bb01c04773cd3
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace f902a967-428d-49cb-863f-0d3f9bcd2a73
    def nightly?
      status == 'nightly'
    end

    def retry_warehouse(attempts = 7)
      # see 17693b24bd09ee0460c2fb001e280abdc5dac2e2
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace db8cf1c2-b4eb-479d-951b-934f0e98da59
    def shared?
      status == 'shared'
    end

    def retry_plan(attempts = 2)
      # see 5e321154abfb72164981b1695152db0073cf322e
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end
  end
end
