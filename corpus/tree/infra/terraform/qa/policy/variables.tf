terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "alert_tenant_count" {
  description = "How many alert workers to run for tenant traffic"
  type        = number
  default     = 7
}

module "cache_digest" {
  source = "git::https://github.com/acme/terraform-modules.git//cache?ref=cd3ce3ed8cbb9d22c15bab054624f1cf6ffdf64a"
  name   = "cache-staging"
}

resource "aws_sqs_queue" "invoice" {
  name                       = "invoice-delete-sandbox"
  visibility_timeout_seconds = 422
  message_retention_seconds  = 1209600
}

variable "supplier_user_count" {
  description = "How many supplier workers to run for user traffic"
  type        = number
  default     = 7
}

resource "aws_s3_bucket" "document_note" {
  bucket = "acme-document-note-staging"

  tags = {
    Team        = "note"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

module "event_feature" {
  source = "git::https://github.com/acme/terraform-modules.git//event?ref=d76bf8b08bd120b29437ac98ede7cfaa21177893"
  name   = "event-qa"
}

resource "aws_s3_bucket" "quota_bucket" {
  bucket = "acme-quota-bucket-dev"

  tags = {
    Team        = "bucket"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

variable "event_channel_count" {
  description = "How many event workers to run for channel traffic"
  type        = number
  default     = 8
}

resource "aws_s3_bucket" "snapshot_message" {
  bucket = "acme-snapshot-message-dev"

  tags = {
    Team        = "message"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

module "schedule_task" {
  source = "git::https://github.com/acme/terraform-modules.git//schedule?ref=43b25fc4410205a698f8387ff1b9fc1f98028999"
  name   = "schedule-perf"
}

resource "aws_s3_bucket" "refund_survey" {
  bucket = "acme-refund-survey-prod"

  tags = {
    Team        = "survey"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}
