import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const X = 'irreversible-delete';
const DESTROY_OK = 'User approved the teardown. Destroy it.';
const DELETE_OK = 'Approved. Delete it.';

table('tools: aws', [
  // destroys a whole stack
  block('aws cloudformation delete-stack --stack-name prod-api', D),
  block('aws --profile prod cloudformation delete-stack --stack-name api', D),
  block('aws cloudformation delete-stack --stack-name api --region eu-west-1', D, null),
  block('aws-vault exec prod -- aws cloudformation delete-stack --stack-name api', D),
  allow('aws cloudformation delete-stack --stack-name api-dev', DESTROY_OK),
  // irreversible deletes
  block('aws rds delete-db-instance --db-instance-identifier db1 --skip-final-snapshot', X),
  block('aws rds delete-db-cluster --db-cluster-identifier orders --skip-final-snapshot', X),
  block('aws s3 rb s3://bucket --force', X),
  block('aws s3 rb s3://logs-dev', X),
  block('aws s3 rm s3://bucket --recursive', X),
  block('aws s3 rm s3://bucket/prefix/ --recursive --exclude "*.keep"', X),
  block('aws --region us-east-1 s3 rm --recursive s3://bucket', X),
  block('aws s3api delete-bucket --bucket b', X),
  block('aws s3api delete-objects --bucket b --delete file://keys.json', X),
  block('aws dynamodb delete-table --table-name orders', X),
  block('aws ec2 terminate-instances --instance-ids i-0123456789abcdef0', X),
  block('aws eks delete-cluster --name prod-main', X),
  block('aws ssm delete-parameter --name /prod/db/password', X),
  block('aws ssm delete-parameters --names a b', X),
  block('AWS_PROFILE=prod aws dynamodb delete-table --table-name t', X),
  block('aws rds delete-db-instance --db-instance-identifier prod-db', X, 'Approved: delete the dev database.'),
  block('aws dynamodb delete-table --table-name t', X, null),
  allow('aws dynamodb delete-table --table-name sessions-dev', DELETE_OK),
  allow('aws s3 rb s3://tmp-bucket --force', DELETE_OK),
  // ordinary changes and reads
  allow('aws s3 rm s3://b/one-key'),
  block('aws s3 rm s3://b/one-key', 'approval-gate', null),
  allow('aws s3 ls'),
  allow('aws s3 ls s3://bucket --recursive', null),
  allow('aws rds describe-db-instances', null),
  allow('aws sts get-caller-identity', null),
  allow('aws cloudformation describe-stacks --stack-name prod-api', null),
  allow('aws ec2 terminate-instances --instance-ids i-1 --dry-run', null),
  allow('aws s3 rm s3://bucket --recursive --dryrun', null),
  allow('aws ssm get-parameter --name /prod/db/url', null),
  allow('aws s3 cp build/ s3://site/ --recursive'),
  allow('aws ec2 run-instances --image-id ami-1 --count 1'),
]);
