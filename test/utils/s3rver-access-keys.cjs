// Preloaded into s3rver's node (--require): registers the access keys named in S3RVER_ACCESS_KEYS (comma-separated),
// each with itself as secret. s3rver knows only S3RVER otherwise, and the policy gate forwards each caller's
// request unchanged, its own access key included (a gate that checks signatures forwards them as S3RVER instead). s3rver does not check SigV4 signatures, only that the key exists.
const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account');

for (const key of (process.env.S3RVER_ACCESS_KEYS ?? '').split(',').filter(Boolean)) {
  DUMMY_ACCOUNT.createKeyPair(key, key);
}
