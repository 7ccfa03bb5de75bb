export * from "./auth";
export * from "./workspaces";
export * from "./checks";
export * from "./pages";
export * from "./incidents";
export * from "./rollups";
export * from "./scheduler";
export * from "./audit";
