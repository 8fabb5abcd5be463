import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const X = 'irreversible-delete';
const DESTROY_OK = 'User approved the teardown. Destroy it.';
const DELETE_OK = 'Approved. Delete it.';

table('tools: gcloud', [
  block('gcloud projects delete my-proj', D),
  block('gcloud projects delete acme-prod --quiet', D),
  block('gcloud --project acme-prod projects delete acme-prod -q', D, null),
  allow('gcloud projects delete sandbox-42 --quiet', DESTROY_OK),
  block('gcloud container clusters delete c1', X),
  block('gcloud container clusters delete prod-main --region europe-west1 --quiet', X),
  block('gcloud beta container clusters delete c1 --zone us-central1-a', X),
  block('gcloud sql instances delete orders-db', X),
  block('gcloud sql databases delete app --instance=db1', X),
  block('gcloud run services delete api --region us-central1', X),
  block('gcloud compute instances delete vm-1 --zone us-central1-a', X),
  block('gcloud storage rm -r gs://bucket', X),
  block('gcloud storage rm --recursive gs://bucket/data', X),
  block('gcloud storage buckets delete gs://bucket', X),
  block('gsutil rm -r gs://bucket', X),
  block('gsutil -m rm -r gs://bucket/**', X),
  block('gsutil rb gs://bucket', X),
  block('gsutil rm gs://bucket/**', X),
  block('gcloud storage rm gs://bucket/**', X),
  block('gcloud sql instances delete orders-prod', X, 'Approved: delete the dev instance.'),
  allow('gcloud sql instances delete orders-dev', DELETE_OK),
  allow('gcloud projects list'),
  allow('gcloud projects list', null),
  allow('gcloud projects describe acme-prod', null),
  allow('gcloud container clusters list', null),
  allow('gcloud container clusters get-credentials prod-main --region europe-west1', null),
  allow('gcloud sql instances describe db1', null),
  allow('gcloud config set project acme-dev', null),
  allow('gcloud storage ls gs://bucket', null),
  allow('gcloud storage rm gs://bucket/one-object'),
  allow('gsutil ls gs://bucket', null),
  allow('gcloud run deploy api --image gcr.io/x/api'),
  block('gcloud run deploy api --image gcr.io/x/api', 'approval-gate', null),
]);
