import { allow, block, table } from './tool-table.js';

const X = 'irreversible-delete';
const S = 'secret-in-command';
const DELETE_OK = 'Approved. Delete it.';

table('tools: mysql, psql, redis-cli', [
  block('mysql -h db.internal -e "DROP DATABASE orders"', X),
  block('psql -h db -U app -c "drop schema billing cascade"', X),
  block('redis-cli -h cache FLUSHALL', X),
  block('redis-cli flushdb', X, null),
  allow('psql -c "DROP DATABASE scratch_42"', DELETE_OK),
  block('psql -h db -c "DROP TABLE users"', X),
  block('mysql -e "TRUNCATE TABLE orders" shop', X),
  block('mongosh "mongodb://db/app" --eval "db.dropDatabase()"', X),
  block("mongo app --eval 'db.sessions.drop()'", X),
  block("mongosh app --eval 'db.users.deleteMany({})'", X),
  allow("mongosh app --eval 'db.users.deleteMany({ active: false })'"),
  allow("mongosh app --eval 'db.users.find().limit(5)'", null),
  block('mysql -e "UPDATE users SET active=0"', 'approval-gate', null),
  allow('mysql -e "UPDATE users SET active=0"'),
  allow('mysql -h db -e "SELECT count(*) FROM users"', null),
  allow('psql -h db -c "\\dt"', null),
  allow('psql -h db -c "select 1"', null),
  allow('redis-cli -h cache ping', null),
  allow('redis-cli get session:1', null),
  allow('mysql -uroot -p', null),
  // credentials in their slots
  block('mysql -uroot -pS3cretPass -e "select 1"', S),
  block('MYSQL_PWD=hunter22 mysql -uroot', S),
  block('PGPASSWORD=hunter22 psql -h db -U app', S),
  block('REDISCLI_AUTH=hunter22 redis-cli ping', S),
  block('redis-cli -a hunter22 ping', S),
  allow('MYSQL_PWD="$DB_PASS" mysql -uroot', null),
  allow('REDISCLI_AUTH=$(cat /run/secrets/redis) redis-cli ping', null),
]);
