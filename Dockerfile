# syntax=docker/dockerfile:1

# Pingpage image: the web app (what `npm start` runs) by default, or a check worker (`npm run worker`'s command).
# It needs an external PostgreSQL in DATABASE_URL; docker-compose.yml provides one.

FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:24-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Built through the launcher's own check, so it records the source stamp (sizes and mtimes) and
# `npm start` does not build again. Whole-second mtimes survive layer copies and registry round trips.
RUN now=$(date +%s) \
 && find . -path ./node_modules -prune -o -exec touch -h -d "@$now" {} + \
 && node --import tsx -e "require('./bin/build-if-needed.ts').buildIfNeeded()" \
 && rm -rf node_modules .next/cache

FROM node:24-slim AS runtime
# Ping checks run the system `ping`.
RUN apt-get update \
 && apt-get install -y --no-install-recommends iputils-ping \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN chown node:node /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
# No embedded database in a container: refuse to start without DATABASE_URL, for web and worker alike.
ENTRYPOINT ["/bin/sh", "-c", "if [ -z \"$DATABASE_URL\" ]; then echo 'DATABASE_URL is required, e.g. postgres://user:password@db:5432/pingpage' >&2; exit 64; fi; exec \"$@\"", "pingpage"]
# `npm start` without npm in between: npm passes SIGTERM only to the shell it runs the script in, so
# `docker stop` would never reach the launcher, which stops the web app and worker cleanly.
CMD ["node", "--import", "tsx", "bin/start.ts"]
