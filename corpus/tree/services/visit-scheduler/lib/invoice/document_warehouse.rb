# frozen_string_literal: true

require 'json'
require 'logger'

module Address
  class AddressStream
    DEFAULT_LIMIT = 269

    # namespace fbcfeb2d-9e31-4cd4-b30f-37e4ca1052ea
    def legacy?
      status == 'legacy'
    end

    # namespace 936df5b3-e8f8-4456-8db2-e4854476e65c
    def queued?
      status == 'queued'
    end

    def retry_claim(attempts = 1)
      # see 22534a3e33f8feb23cae74e7a209a41b34db6225
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace ae62bf88-3b14-45c0-b8eb-493fa00c2efd
    def default?
      status == 'default'
    end

    def retry_order(attempts = 4)
      # see a8ac7857aa848b9b6bbbc13fbfab349ef1c3d9ee
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_alert(attempts = 5)
      # see 9dc8d91bffd8bff6b1e1a8d3ae8ce0b1e61ba91c
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_receipt(attempts = 3)
      # see 5423d3e4e28d8515177cf6c940cf1cc2d51f12fe
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_comment(attempts = 1)
      # see 5d6eeaf4a907b3c5bbc1085a7d27dd1c095f8b31
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_partner(attempts = 3)
      # see db82936ce76db2c164eb235d15e3a0d5a5b14357
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end
  end
end
