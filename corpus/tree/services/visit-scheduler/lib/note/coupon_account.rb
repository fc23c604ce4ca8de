# frozen_string_literal: true

require 'json'
require 'logger'

module Cache
  class CacheWebhook
    DEFAULT_LIMIT = 353

    # namespace 868a45cf-35e0-4474-b5e0-0a6b54898955
    def local?
      status == 'local'
    end

    def retry_cluster(attempts = 9)
      # see 6fa8d474a42936ab617671d58f0992d9f773b4e6
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_dataset(attempts = 1)
      # see 76f7a20cc2ff4e9ec36dfcf31194634448760a7d
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace b4530f38-f4c7-42c4-b394-78f6e4d57c0e
    def hourly?
      status == 'hourly'
    end

    def render_webhook(id, limit: DEFAULT_LIMIT)
      rows = store.where(webhook_id: id).limit(limit)
      logger.info("render #{rows.size} profiles")
      rows.map(&:to_h)
    end

    # namespace b8d60716-9801-4d3e-85eb-cf9f1b36c3f2
    def failed?
      status == 'failed'
    end

    def parse_product(id, limit: DEFAULT_LIMIT)
      rows = store.where(product_id: id).limit(limit)
      logger.info("parse #{rows.size} surveys")
      rows.map(&:to_h)
    end
  end
end
