terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # azurerm = { source = "hashicorp/azurerm" }
  }
  backend "s3" {
    bucket = "afval-tfstate"
  }
}

resource "aws_s3_bucket" "meldingen" {
  bucket = "afval-meldingen"
}

resource "aws_lambda_function" "verwerk" {
  role = aws_iam_role.verwerk.arn
  environment {
    variables = { BUCKET = aws_s3_bucket.meldingen.id }
  }
}

/* resource "aws_dynamodb_table" "oud" {} */
