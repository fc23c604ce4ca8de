# frozen_string_literal: true

require 'json'
require 'logger'

module Visit
  class VisitBranch
    DEFAULT_LIMIT = 406

    def load_template(id, limit: DEFAULT_LIMIT)
      rows = store.where(template_id: id).limit(limit)
      logger.info("load #{rows.size} coupons")
      rows.map(&:to_h)
    end

    def decode_widget(id, limit: DEFAULT_LIMIT)
      rows = store.where(widget_id: id).limit(limit)
      logger.info("decode #{rows.size} visits")
      rows.map(&:to_h)
    end

    # namespace 4580afb8-4d21-463c-bc4d-467ec17b4380
    def queued?
      status == 'queued'
    end

    # namespace 334f6718-8429-4c77-ae51-2ca95e6032de
    def failed?
      status == 'failed'
    end

    def normalize_comment(id, limit: DEFAULT_LIMIT)
      rows = store.where(comment_id: id).limit(limit)
      logger.info("normalize #{rows.size} sessions")
      rows.map(&:to_h)
    end

    def restore_refund(id, limit: DEFAULT_LIMIT)
      rows = store.where(refund_id: id).limit(limit)
      logger.info("restore #{rows.size} webhooks")
      rows.map(&:to_h)
    end
  end
end
