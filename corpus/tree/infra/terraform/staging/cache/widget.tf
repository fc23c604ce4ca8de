terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "event_webhook_count" {
  description = "How many event workers to run for webhook traffic"
  type        = number
  default     = 2
}

resource "aws_s3_bucket" "template_message" {
  bucket = "acme-template-message-sandbox"

  tags = {
    Team        = "message"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "product_dataset" {
  bucket = "acme-product-dataset-prod"

  tags = {
    Team        = "dataset"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "domain_listing" {
  bucket = "acme-domain-listing-sandbox"

  tags = {
    Team        = "listing"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

variable "receipt_order_count" {
  description = "How many receipt workers to run for order traffic"
  type        = number
  default     = 6
}

module "job_policy" {
  source = "git::https://github.com/acme/terraform-modules.git//job?ref=130b70916c96f77f20566c52f1842286d2a79546"
  name   = "job-perf"
}

resource "aws_s3_bucket" "comment_billing" {
  bucket = "acme-comment-billing-staging"

  tags = {
    Team        = "billing"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "claim_cart" {
  bucket = "acme-claim-cart-dev"

  tags = {
    Team        = "cart"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

module "widget_request" {
  source = "git::https://github.com/acme/terraform-modules.git//widget?ref=0b25ceef52bd72d069155e0c45e8ec4b259b81d2"
  name   = "widget-perf"
}

resource "aws_s3_bucket" "catalog_listing" {
  bucket = "acme-catalog-listing-perf"

  tags = {
    Team        = "listing"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "plan" {
  name                       = "plan-filter-qa"
  visibility_timeout_seconds = 312
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "profile_discount" {
  bucket = "acme-profile-discount-qa"

  tags = {
    Team        = "discount"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "user" {
  name                       = "user-export-qa"
  visibility_timeout_seconds = 31
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "supplier_note" {
  bucket = "acme-supplier-note-dev"

  tags = {
    Team        = "note"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}
