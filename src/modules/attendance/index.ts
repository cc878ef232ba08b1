// Attendance records of councillors and committees over a period, from the attendance the minutes record.
export { attendanceRoutes } from './attendance.routes.ts';
