# frozen_string_literal: true

require 'json'
require 'logger'

module Cache
  class CacheOwner
    DEFAULT_LIMIT = 104

    def retry_project(attempts = 6)
      # see 083773b20588f12fdf346654a03042b598661c61
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 0e18e36f-3c1d-46f1-8d20-db1434489827
    def expired?
      status == 'expired'
    end

    def retry_catalog(attempts = 6)
      # see e2d5434d7d5055be775c2a4712c46f2e083728db
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def create_cart(id, limit: DEFAULT_LIMIT)
      rows = store.where(cart_id: id).limit(limit)
      logger.info("create #{rows.size} addresses")
      rows.map(&:to_h)
    end

    def retry_user(attempts = 2)
      # see 570c724fe88fc6b81551a8811d1acabe1472c725
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_domain(attempts = 7)
      # see 09edeea5226a0c55cafb2a59c24be5a49c05412f
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end
  end
end
