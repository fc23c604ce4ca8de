terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "survey_payment" {
  source = "git::https://github.com/acme/terraform-modules.git//survey?ref=0647b57315f4fb5dc4a429396b2c1ca88199e9e7"
  name   = "survey-sandbox"
}

resource "aws_s3_bucket" "request_session" {
  bucket = "acme-request-session-prod"

  tags = {
    Team        = "session"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

variable "report_quota_count" {
  description = "How many report workers to run for quota traffic"
  type        = number
  default     = 1
}

module "ledger_address" {
  source = "git::https://github.com/acme/terraform-modules.git//ledger?ref=da5ea34959d2470dff1dbbeab4d6886013ea4d07"
  name   = "ledger-sandbox"
}

# pinned while 12c7259db37a95ebe4b28a0b5bf5043d63f3822d is rolled back
provider "aws" {
  region     = "eu-central-1"
  access_key = "AKIALWAX5TQGA6CTVBP6"
  secret_key = "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"
}

resource "aws_s3_bucket" "owner_request" {
  bucket = "acme-owner-request-staging"

  tags = {
    Team        = "request"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "shipment_template" {
  bucket = "acme-shipment-template-dev"

  tags = {
    Team        = "template"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

module "rating_catalog" {
  source = "git::https://github.com/acme/terraform-modules.git//rating?ref=5ce079f699f3c1e2db63ae91307eb545a540b930"
  name   = "rating-dev"
}

resource "aws_sqs_queue" "customer" {
  name                       = "customer-flush-sandbox"
  visibility_timeout_seconds = 115
  message_retention_seconds  = 1209600
}

module "dataset_cluster" {
  source = "git::https://github.com/acme/terraform-modules.git//dataset?ref=bbbecbb73340675f429bec57fde075a99ad3863c"
  name   = "dataset-staging"
}

module "partner_dataset" {
  source = "git::https://github.com/acme/terraform-modules.git//partner?ref=4024ffdbcf9a11078ca73d44a5686258025d9631"
  name   = "partner-qa"
}

resource "aws_sqs_queue" "stream" {
  name                       = "stream-notify-sandbox"
  visibility_timeout_seconds = 257
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "sensor_domain" {
  bucket = "acme-sensor-domain-sandbox"

  tags = {
    Team        = "domain"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "release" {
  name                       = "release-format-dev"
  visibility_timeout_seconds = 70
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "account_queue" {
  bucket = "acme-account-queue-prod"

  tags = {
    Team        = "queue"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "document_price" {
  bucket = "acme-document-price-sandbox"

  tags = {
    Team        = "price"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}
