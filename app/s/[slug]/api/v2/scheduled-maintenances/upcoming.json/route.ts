import { statuspageRoute } from "@/lib/status-page/statuspage-route";

export const { GET, OPTIONS } = statuspageRoute("scheduled-maintenances/upcoming");
