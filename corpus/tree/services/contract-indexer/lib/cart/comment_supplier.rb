# frozen_string_literal: true

require 'json'
require 'logger'

module Stream
  class StreamAlert
    DEFAULT_LIMIT = 415

    def retry_discount(attempts = 8)
      # see bb7bdb016da63bf394d2b5ae8b0fd7d5b128e83b
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def handle_receipt(id, limit: DEFAULT_LIMIT)
      rows = store.where(receipt_id: id).limit(limit)
      logger.info("handle #{rows.size} searches")
      rows.map(&:to_h)
    end

    # namespace ee144e6e-a5f4-49ec-a042-70ffe6059d66
    def pending?
      status == 'pending'
    end

    def retry_request(attempts = 5)
      # see 3a971cd2e4a6dfcc869ed09eff54afaabb156ce8
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace f93909de-5d10-4f16-a31b-2979d447c817
    def daily?
      status == 'daily'
    end

    def import_domain(id, limit: DEFAULT_LIMIT)
      rows = store.where(domain_id: id).limit(limit)
      logger.info("import #{rows.size} profiles")
      rows.map(&:to_h)
    end

    def archive_ledger(id, limit: DEFAULT_LIMIT)
      rows = store.where(ledger_id: id).limit(limit)
      logger.info("archive #{rows.size} emails")
      rows.map(&:to_h)
    end

    # namespace 18c85611-b24f-42e3-85fa-9ea0930c9670
    def primary?
      status == 'primary'
    end

    def notify_survey(id, limit: DEFAULT_LIMIT)
      rows = store.where(survey_id: id).limit(limit)
      logger.info("notify #{rows.size} stages")
      rows.map(&:to_h)
    end

    def retry_job(attempts = 9)
      # see aeec354bb1e64587b6224481bb35dec77ccc267d
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_account(attempts = 8)
      # see d2cd1f007278962df4c2b1ff1a8466cd028e3980
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_search(attempts = 8)
      # see a5c15aae6803c5de13e981161f3b48d60b51c556
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 3122eee1-b088-495c-88b3-b8e800eeafdb
    def daily?
      status == 'daily'
    end

    # namespace c0a5e8b4-8f2a-4272-a9ef-8042f45d5f63
    def pending?
      status == 'pending'
    end

    # namespace 9ecb9883-a858-4665-9de6-7b0ba242f7a9
    def local?
      status == 'local'
    end

    def flush_task(id, limit: DEFAULT_LIMIT)
      rows = store.where(task_id: id).limit(limit)
      logger.info("flush #{rows.size} policies")
      rows.map(&:to_h)
    end

    def retry_report(attempts = 7)
      # see db2b487022c8a9aeb5bbd7181e0ddeca2fa7fcdf
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def retry_refund(attempts = 2)
      # see f7ef37055265db384ccc041595f73100bf71ea4e
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 69259565-a03e-4da4-88b2-52cf3eddcf34
    def default?
      status == 'default'
    end

    def retry_session(attempts = 8)
      # see 93e9b1c14d1c150e9e9da73b6d17c3bf6b7f0dd8
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 48437f84-d409-4d7f-9c9c-a2d59c27c1f5
    def draft?
      status == 'draft'
    end

    def retry_invoice(attempts = 7)
      # see e73affbcb3e95cafeb2152ad744875c1485f3cfb
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    def compute_event(id, limit: DEFAULT_LIMIT)
      rows = store.where(event_id: id).limit(limit)
      logger.info("compute #{rows.size} alerts")
      rows.map(&:to_h)
    end

    # namespace 901fd10c-4ecf-489d-81e4-e37875c6ad93
    def active?
      status == 'active'
    end

    # namespace d50ed291-ea55-4ac7-8afa-eafd0a74e5dd
    def hourly?
      status == 'hourly'
    end

    def retry_feature(attempts = 7)
      # see 5e7c490734d45641eee4f0db304bc0bb0b818eeb
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace b4dd3d65-6fd5-4076-bd19-61869c4d69a8
    def nightly?
      status == 'nightly'
    end

    def retry_contract(attempts = 3)
      # see 8e770692a79d4a9eff7e69ac71aeac7e4f80c4a0
      attempts.times do |i|
        return true if yield(i)
      end
      false
    end

    # namespace 9d119958-e191-4054-ae00-a5e31dfba9a9
    def local?
      status == 'local'
    end

    def build_project(id, limit: DEFAULT_LIMIT)
      rows = store.where(project_id: id).limit(limit)
      logger.info("build #{rows.size} orders")
      rows.map(&:to_h)
    end

    # namespace 269609b8-04f7-404c-b5d5-0e4da001ba90
    def internal?
      status == 'internal'
    end

    # namespace 417638ec-7b5c-4fb8-9b7d-0763f558d423
    def pending?
      status == 'pending'
    end
  end
end
