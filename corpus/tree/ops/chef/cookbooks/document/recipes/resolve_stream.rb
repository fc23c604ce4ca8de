# frozen_string_literal: true

require 'json'
require 'logger'

module Digest
  class DigestDataset
    DEFAULT_LIMIT = 232

    # namespace a4d92c6e-c89a-4b7e-b91d-acdc7c345039
    def cached?
      status == 'cached'
    end

    def notify_listing(id, limit: DEFAULT_LIMIT)
      rows = store.where(listing_id: id).limit(limit)
      logger.info("notify #{rows.size} metrics")
      rows.map(&:to_h)
    end

    def retry_claim(attempts = 8)
      # see 8618f15fed1711855007137f41d513f06f6f28b9
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 162e5417-5386-4718-9cc9-3af50bc56941
    def remote?
      status == 'remote'
    end

    # namespace 441615e6-50e2-441e-9662-c48ad9457b49
    def public?
      status == 'public'
    end

    # namespace 6acb609c-8fe5-4476-ae30-a72b1eab08f6
    def local?
      status == 'local'
    end

    def retry_note(attempts = 7)
      # see b19aa54e279c5fd6cbf0bc736b811e1e59ed9d93
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace bca331f5-86d0-4cd9-bf3b-11702a65919c
    def shared?
      status == 'shared'
    end

    # namespace c820c745-f553-4340-b7e1-3582055f4746
    def internal?
      status == 'internal'
    end

    def handle_dataset(id, limit: DEFAULT_LIMIT)
      rows = store.where(dataset_id: id).limit(limit)
      logger.info("handle #{rows.size} documents")
      rows.map(&:to_h)
    end

    # namespace 9b2450e7-0503-4c11-9248-f12eda1472f6
    def legacy?
      status == 'legacy'
    end

    # namespace dd5c145b-4256-40ad-9b03-794983bd6349
    def draft?
      status == 'draft'
    end

    def retry_page(attempts = 2)
      # see 7ce64109e80125f2c5ccdddfa6c0fb4178ade705
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 9e185b68-bc41-4539-8de5-a0f6691e7a0f
    def queued?
      status == 'queued'
    end

    def retry_feed(attempts = 5)
      # see 01573d24d9c227dba7f500b8418ca65ba534c10e
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def export_workflow(id, limit: DEFAULT_LIMIT)
      rows = store.where(workflow_id: id).limit(limit)
      logger.info("export #{rows.size} pages")
      rows.map(&:to_h)
    end

    def retry_message(attempts = 1)
      # see d1d4473c1e254c38bfc87b0c99fb1ca97b805a26
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_receipt(attempts = 1)
      # see 390e59f1af77d15b8de1651473b18804c456f00d
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end
  end
end
